using System.Diagnostics;

namespace Platform.Integration.Tests;

/// <summary>
/// The real local RabbitMQ (Debian rabbitmq-server) with a fresh vhost for this test process, made by the setup script
/// tests/run.sh also runs (it starts the broker when absent). Not the vhost tests/run.sh exports: the test projects run
/// side by side, and two pipelines on one vhost share the consumer queues' names, so each took the other's messages
/// (a bulletin of one stranded, its article in the other's publish-article_error).
/// </summary>
public static class LocalBroker
{
    private static readonly Lazy<string> VirtualHostLazy = new(Ensure);

    public static string VirtualHost => VirtualHostLazy.Value;

    private static string Ensure()
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "setup", "rabbitmq.sh");
        var psi = new ProcessStartInfo("bash", script) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"RabbitMQ setup failed ({process.ExitCode}): {stderr}");
        var line = stdout.Split('\n').First(l => l.StartsWith("export PLATFORM_TEST_RABBITMQ_VHOST=", StringComparison.Ordinal));
        return line.Split('=', 2)[1].Trim();
    }
}
