namespace Platform.Storage.Mongo.Native;

/// <summary>A heap <c>bson_t</c> created by libbson (<c>bson_new_from_json</c>), released with <c>bson_destroy</c>.</summary>
internal sealed class BsonDocumentHandle : BsonHandle
{
    public BsonDocumentHandle()
    {
    }

    public BsonDocumentHandle(IntPtr bson) => SetHandle(bson);

    protected override bool ReleaseHandle()
    {
        LibBson.Destroy(handle);
        return true;
    }
}
