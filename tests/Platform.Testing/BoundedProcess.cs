using System.Diagnostics;

namespace Platform.Testing;

/// <summary>
/// A command-line tool run to its exit within a deadline: past it the process tree is killed and the test fails with a
/// <see cref="TimeoutException"/>, instead of the whole test run waiting on a tool that hangs (rabbitmqctl on a node
/// stuck while booting waits past its own --timeout).
/// </summary>
public static class BoundedProcess
{
    /// <param name="start">What to run; its standard output and error are redirected here.</param>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="describeTimeout">The timeout's message, given what the tool wrote to standard error.</param>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(ProcessStartInfo start, TimeSpan timeout, Func<string, string> describeTimeout)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(describeTimeout);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(describeTimeout(await ReadAsync(error).ConfigureAwait(false)));
        }
        return (process.ExitCode, await ReadAsync(output).ConfigureAwait(false), await ReadAsync(error).ConfigureAwait(false));
    }

    // A daemon the tool started (rabbitmq-server -detached) can keep its pipes open after it exited.
    private static async Task<string> ReadAsync(Task<string> stream)
    {
        try
        {
            return await stream.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return "(not closed: a process the tool started still holds it)";
        }
    }
}
