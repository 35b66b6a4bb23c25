using System.Diagnostics;

namespace Platform.Integration.Tests;

/// <summary>
/// The real local RabbitMQ (Debian rabbitmq-server) with a fresh vhost for this run. tests/run.sh starts it and
/// exports the vhost; when the tests are run directly, the same setup script is called here.
/// </summary>
public static class LocalBroker
{
    private static readonly Lazy<string> VirtualHostLazy = new(Ensure);

    public static string VirtualHost => VirtualHostLazy.Value;

    private static string Ensure()
    {
        if (Environment.GetEnvironmentVariable("PLATFORM_TEST_RABBITMQ_VHOST") is { Length: > 0 } vhost) return vhost;
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
