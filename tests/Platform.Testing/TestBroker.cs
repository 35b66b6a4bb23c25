using System.Diagnostics;
using RabbitMQ.Client;

namespace Platform.Testing;

/// <summary>
/// The machine's real RabbitMQ (tests/setup/rabbitmq.sh starts it when absent). Each test gets a virtual host of its
/// own, so the consumer queues every process declares start empty and absent.
/// </summary>
public static class TestBroker
{
    private static readonly TimeSpan SetupTimeout = TimeSpan.FromMinutes(3);

    public static async Task<string> NewVirtualHostAsync()
    {
        // A broker stuck while booting leaves rabbitmqctl waiting past its own --timeout: fail the test, not the whole run.
        var (exitCode, stdout, stderr) = await BoundedProcess.RunAsync(new ProcessStartInfo("bash", RepositoryRoot.Combine("tests", "setup", "rabbitmq.sh")),
            SetupTimeout, error => $"RabbitMQ setup (tests/setup/rabbitmq.sh) took over {SetupTimeout}: {error}");
        if (exitCode != 0) throw new InvalidOperationException($"RabbitMQ setup failed ({exitCode}): {stderr}");
        var line = stdout.Split('\n').First(l => l.StartsWith("export PLATFORM_TEST_RABBITMQ_VHOST=", StringComparison.Ordinal));
        return line.Split('=', 2)[1].Trim();
    }

    public static Task<IConnection> ConnectAsync(string virtualHost) =>
        new ConnectionFactory { HostName = "localhost", VirtualHost = virtualHost, UserName = "guest", Password = "guest" }.CreateConnectionAsync();

    /// <summary>Messages ready in <paramref name="queue"/>; throws when the queue does not exist.</summary>
    public static async Task<uint> CountAsync(string virtualHost, string queue)
    {
        await using var connection = await ConnectAsync(virtualHost);
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }

    /// <summary>Messages ready in <paramref name="queue"/>, 0 when it was never declared (an error queue nothing failed into).</summary>
    public static async Task<uint> CountOrZeroAsync(string virtualHost, string queue)
    {
        try
        {
            return await CountAsync(virtualHost, queue);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }
}
