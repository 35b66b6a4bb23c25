using System.Runtime.InteropServices;

namespace Platform.Storage.Mongo.Native;

/// <summary>A parsed <c>mongoc_uri_t</c>.</summary>
internal sealed class MongoUriHandle : SafeHandle
{
    public MongoUriHandle() : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public MongoUriHandle(IntPtr uri) : this() => SetHandle(uri);

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        LibMongoc.UriDestroy(handle);
        return true;
    }
}
