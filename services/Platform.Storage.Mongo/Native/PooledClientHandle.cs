using System.Runtime.InteropServices;

namespace Platform.Storage.Mongo.Native;

/// <summary>A <c>mongoc_client_t</c> borrowed from a pool; releasing it pushes it back rather than destroying it.</summary>
internal sealed class PooledClientHandle : SafeHandle
{
    private readonly ClientPoolHandle? pool;

    public PooledClientHandle() : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <summary>Wraps a popped client; the caller has already added a reference to <paramref name="pool"/> for it.</summary>
    public PooledClientHandle(ClientPoolHandle pool, IntPtr client) : this()
    {
        this.pool = pool;
        SetHandle(client);
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        if (pool is null)
        {
            return false;
        }
        LibMongoc.ClientPoolPush(pool.DangerousGetHandle(), handle);
        pool.DangerousRelease();
        return true;
    }
}
