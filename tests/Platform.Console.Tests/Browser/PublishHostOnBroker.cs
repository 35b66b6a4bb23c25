using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Hosting;
using Platform.Publish.Host;
using Platform.Storage;
using Platform.Testing;
using RabbitMQ.Client;

namespace Platform.Console.Tests.Browser;

/// <summary>
/// The publish service (console included) as deployed, on the machine's real RabbitMQ in a fresh virtual host
/// (tests/setup/rabbitmq.sh) and a SQLite file of its own, listening on a free loopback port for the browser.
/// </summary>
public sealed class PublishHostOnBroker : IAsyncDisposable
{
    private readonly string _dir;
    private readonly WebApplication _app;

    private PublishHostOnBroker(string virtualHost, IReadOnlyDictionary<string, string?> settings)
    {
        VirtualHost = virtualHost;
        _dir = Directory.CreateTempSubdirectory("console-broker-").FullName;
        _app = PublishService.Build(["--contentRoot", _dir], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Platform:Transport:Kind"] = "rabbitmq",
                ["Platform:Transport:VirtualHost"] = virtualHost,
                ["Platform:Store:SqlitePath"] = Path.Combine(_dir, "platform.db"),
            });
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        });
    }

    public string VirtualHost { get; }

    public IServiceProvider Services => _app.Services;

    public IDocumentStore Store => _app.Services.GetRequiredService<IDocumentStore>();

    public string BaseUrl => TestKestrel.AddressOf(_app).ToString();

    public static async Task<PublishHostOnBroker> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var host = new PublishHostOnBroker(await NewVirtualHostAsync(), settings);
        await host._app.StartAsync();
        await host.Services.GetRequiredService<StoreReadiness>().WhenInitialized.WaitAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    /// <summary>Messages ready in <paramref name="queue"/> of this host's virtual host; 0 when the queue was never declared.</summary>
    public async Task<uint> CountAsync(string queue)
    {
        await using var connection = await new ConnectionFactory { HostName = "localhost", VirtualHost = VirtualHost, UserName = "guest", Password = "guest" }
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

    private static async Task<string> NewVirtualHostAsync()
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

    public async ValueTask DisposeAsync() => await TestApps.DisposeAsync(_app, _dir);
}
