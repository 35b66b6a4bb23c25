using System.Runtime.InteropServices;

namespace Platform.Storage.Mongo.Native;

/// <summary>
/// Caller-provided storage for a reply <c>bson_t</c>: libmongoc initializes replies in place, so the
/// struct (128 bytes, 128-aligned) lives in memory we allocate; <c>bson_destroy</c> frees only the
/// buffer it may have grown, and we free the struct.
/// </summary>
internal sealed unsafe class BsonReplyHandle : BsonHandle
{
    private const int Size = 128;

    public BsonReplyHandle()
    {
    }

    public static BsonReplyHandle Allocate()
    {
        var reply = new BsonReplyHandle();
        var memory = NativeMemory.AlignedAlloc(Size, Size);
        NativeMemory.Clear(memory, Size);
        // Initialized up front so release is safe even if a call never touches the reply.
        LibBson.Init((IntPtr)memory);
        reply.SetHandle((IntPtr)memory);
        return reply;
    }

    protected override bool ReleaseHandle()
    {
        LibBson.Destroy(handle);
        NativeMemory.AlignedFree((void*)handle);
        return true;
    }
}
