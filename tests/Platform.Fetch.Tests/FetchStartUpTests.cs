using Microsoft.Extensions.Options;

namespace Platform.Fetch.Tests;

/// <summary>The fetch service refuses to start on bad settings, naming the key, instead of answering pushes with 500s.</summary>
public sealed class FetchStartUpTests
{
    [Theory]
    [InlineData("no-equals-sign")]
    [InlineData("feed=short")]
    [InlineData("=0123456789")]
    public async Task A_malformed_api_key_setting_stops_start_up_naming_it(string apiKeys)
    {
        var dir = Directory.CreateTempSubdirectory("fetch-start-").FullName;
        try
        {
            await using var app = FetchHost.Build(dir, new Dictionary<string, string?> { ["Platform:Fetch:ApiKeys"] = apiKeys });
            var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
            Assert.Contains("Platform:Fetch:ApiKeys", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Platform.Testing.TestApps.ReleaseDirectory(dir);
        }
    }
}
