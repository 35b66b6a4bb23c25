using System.Runtime.InteropServices;

namespace Platform.Benchmarks.Pipeline;

/// <summary>
/// CPU time (user + system) of this process's finished children, from getrusage(RUSAGE_CHILDREN): a process that has
/// exited can no longer be asked for its own (Process.TotalProcessorTime throws on Linux once it is reaped).
/// </summary>
public static class ChildrenCpu
{
    private const int RusageChildren = -1;

    public static TimeSpan Used()
    {
        if (getrusage(RusageChildren, out var usage) != 0) throw new InvalidOperationException($"getrusage failed: errno {Marshal.GetLastPInvokeError()}");
        return TimeSpan.FromSeconds(usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6);
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code in the benchmark project for one call.
    private static extern int getrusage(int who, out Rusage usage);
#pragma warning restore SYSLIB1054

    // struct rusage on 64-bit Linux: two timevals, then fourteen longs.
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
    }
}
