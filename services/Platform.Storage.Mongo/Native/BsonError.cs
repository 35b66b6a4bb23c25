using System.Runtime.InteropServices;
using System.Text;

namespace Platform.Storage.Mongo.Native;

/// <summary>libbson's <c>bson_error_t</c>: 512 bytes, domain and code followed by a NUL-terminated message.</summary>
[StructLayout(LayoutKind.Sequential, Size = 512)]
internal unsafe struct BsonError
{
    public uint Domain;
    public uint Code;
    public fixed byte Message[504];

    public readonly string Text
    {
        get
        {
            fixed (byte* message = Message)
            {
                var span = new ReadOnlySpan<byte>(message, 504);
                var end = span.IndexOf((byte)0);
                return Encoding.UTF8.GetString(end < 0 ? span : span[..end]);
            }
        }
    }
}
