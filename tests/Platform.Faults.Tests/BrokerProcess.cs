using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Platform.Hosting;

namespace Platform.Faults.Tests;

/// <summary>A platform process composed by <see cref="PlatformHost"/> with the given stages, on real RabbitMQ and a SQLite file.</summary>
public sealed class BrokerProcess : IAsyncDisposable
{
    private readonly string _dir;

    public BrokerProcess(string virtualHost, Action<IBusRegistrationConfigurator> stages, string? sqlitePath = null,
        IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplication>? endpoints = null)
    {
        _dir = Directory.CreateTempSubdirectory("faults-").FullName;
        App = PlatformHost.Build("faults", ["--contentRoot", _dir], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Platform:Transport:Kind"] = "rabbitmq",
                ["Platform:Transport:VirtualHost"] = virtualHost,
                ["Platform:Store:SqlitePath"] = sqlitePath ?? Path.Combine(_dir, "platform.db"),
            });
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddProvider(Logs);
            builder.WebHost.UseTestServer();
        }, stages, endpoints);
    }

    public WebApplication App { get; }

    /// <summary>The host's warnings and errors, for a failing test's message.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>The last logged lines, one per line.</summary>
    public string LastLogLines(int count = 20) => string.Join('\n', Logs.Lines.TakeLast(count));

    public async ValueTask DisposeAsync() => await TestApps.DisposeAsync(App, _dir);
}
