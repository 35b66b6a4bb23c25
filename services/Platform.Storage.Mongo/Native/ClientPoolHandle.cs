using System.Runtime.InteropServices;

namespace Platform.Storage.Mongo.Native;

/// <summary>
/// A <c>mongoc_client_pool_t</c>. Every popped client holds a reference on this handle, so the pool
/// is destroyed only after the last client went back to it.
/// </summary>
internal sealed class ClientPoolHandle : SafeHandle
{
    public ClientPoolHandle() : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public ClientPoolHandle(IntPtr pool) : this() => SetHandle(pool);

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Takes a client from the pool; blocks while all <c>maxPoolSize</c> clients are in use.</summary>
    public PooledClientHandle Pop()
    {
        var added = false;
        DangerousAddRef(ref added);
        try
        {
            var client = LibMongoc.ClientPoolPop(handle);
            if (client == IntPtr.Zero)
            {
                throw new StoreUnavailableException("libmongoc's client pool returned no client.");
            }
            var pooled = new PooledClientHandle(this, client);
            added = false; // the pooled client now owns the reference
            return pooled;
        }
        finally
        {
            if (added) DangerousRelease();
        }
    }

    protected override bool ReleaseHandle()
    {
        LibMongoc.ClientPoolDestroy(handle);
        return true;
    }
}
