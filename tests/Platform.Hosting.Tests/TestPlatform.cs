using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Platform.Hosting.Tests;

/// <summary>A process composed by <see cref="PlatformHost"/> with test stages, on the test server and a SQLite file of its own.</summary>
public sealed class TestPlatform : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hosting-").FullName;

    public TestPlatform(Action<IBusRegistrationConfigurator> stages, IReadOnlyDictionary<string, string?>? settings = null)
    {
        App = PlatformHost.Build("test", ["--contentRoot", _dir], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Platform:Transport:Kind"] = "inmemory",
                ["Platform:Store:SqlitePath"] = Path.Combine(_dir, "platform.db"),
            });
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.WebHost.UseTestServer();
        }, stages);
    }

    public WebApplication App { get; }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        TestApps.ReleaseDirectory(_dir);
    }
}
