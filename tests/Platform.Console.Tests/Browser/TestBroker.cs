using System.Diagnostics;
using Platform.Testing;
using RabbitMQ.Client;

namespace Platform.Console.Tests.Browser;

/// <summary>The machine's real RabbitMQ (tests/setup/rabbitmq.sh starts it when absent), one fresh virtual host per test.</summary>
public static class TestBroker
{
    public static async Task<string> NewVirtualHostAsync()
    {
        var psi = new ProcessStartInfo("bash", RepositoryRoot.Combine("tests", "setup", "rabbitmq.sh")) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"RabbitMQ setup failed ({process.ExitCode}): {await stderr}");
        const string prefix = "export PLATFORM_TEST_RABBITMQ_VHOST=";
        return (await stdout).Split('\n').First(l => l.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..].Trim();
    }

    /// <summary>Messages ready in <paramref name="queue"/>; 0 when the queue was never declared.</summary>
    public static async Task<uint> CountAsync(string virtualHost, string queue)
    {
        await using var connection = await new ConnectionFactory { HostName = "localhost", VirtualHost = virtualHost, UserName = "guest", Password = "guest" }
            .CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }
}
