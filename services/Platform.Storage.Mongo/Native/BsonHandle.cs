using System.Runtime.InteropServices;

namespace Platform.Storage.Mongo.Native;

/// <summary>A <c>bson_t</c> owned by managed code; subclasses differ only in how the memory is released.</summary>
internal abstract unsafe class BsonHandle() : SafeHandle(IntPtr.Zero, ownsHandle: true)
{
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Encoded size in bytes (the public <c>len</c> field that follows <c>flags</c> in <c>bson_t</c>).</summary>
    public int Length
    {
        get
        {
            var added = false;
            DangerousAddRef(ref added);
            try
            {
                return (int)((uint*)handle)[1];
            }
            finally
            {
                if (added) DangerousRelease();
            }
        }
    }

    /// <summary>
    /// Hands the canonical Extended JSON text to <paramref name="reader"/> while libbson's buffer is
    /// alive, so callers can stream it without an intermediate managed copy.
    /// </summary>
    public T ReadCanonicalJson<T>(CanonicalJsonReader<T> reader)
    {
        var added = false;
        DangerousAddRef(ref added);
        byte* text = null;
        try
        {
            nuint length;
            text = LibBson.AsCanonicalExtendedJson(handle, &length);
            if (text == null)
            {
                throw new InvalidOperationException("libbson could not render the document as Extended JSON.");
            }
            return reader(new ReadOnlySpan<byte>(text, checked((int)length)));
        }
        finally
        {
            if (text != null) LibBson.Free(text);
            if (added) DangerousRelease();
        }
    }
}

/// <summary>Reads libbson's Extended JSON output in place.</summary>
internal delegate T CanonicalJsonReader<T>(ReadOnlySpan<byte> utf8Json);
