using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Fetch.Configuration;
using Platform.Formats;

namespace Platform.Fetch.Tests;

public sealed class FormatOptionsValidatorTests
{
    public static TheoryData<string, FormatOptions, string> Invalid => new()
    {
        { "no pages", new FormatOptions { MaxPages = 0 }, "Platform:Formats:MaxPages" },
        { "text limit below a page", new FormatOptions { MaxTextChars = 10 }, "Platform:Formats:MaxTextChars" },
        { "decompressed limit negative", new FormatOptions { MaxDecompressedBytes = -1 }, "Platform:Formats:MaxDecompressedBytes" },
        { "html depth too shallow for any page", new FormatOptions { MaxHtmlDepth = 3 }, "Platform:Formats:MaxHtmlDepth" },
        { "html elements fewer than a real page has", new FormatOptions { MaxHtmlElements = 100 }, "Platform:Formats:MaxHtmlElements" },
        { "html elements past what Readability can score", new FormatOptions { MaxHtmlElements = 5_000_000 }, "Platform:Formats:MaxHtmlElements" },
        { "timeout zero", new FormatOptions { Timeout = TimeSpan.Zero }, "Platform:Formats:Timeout" },
        { "timeout of an hour", new FormatOptions { Timeout = TimeSpan.FromHours(1) }, "Platform:Formats:Timeout" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Each_bad_limit_is_named(string label, FormatOptions options, string key) =>
        SettingsAssert.FailsNaming(new FormatOptionsValidator(), options, key, label);

    [Fact]
    public void Defaults_are_the_extractor_defaults_and_pass()
    {
        var defaults = new FormatOptions();
        Assert.True(new FormatOptionsValidator().Validate(null, defaults).Succeeded);
        Assert.Equal(FormatLimits.Default with { Timeout = FormatLimits.Default.EffectiveTimeout }, defaults.ToLimits());
    }

    [Fact]
    public Task Configured_limit_is_what_the_fetch_intake_applies() =>
        WithAppAsync(new() { ["Platform:Formats:MaxPages"] = "7", ["Platform:Formats:Timeout"] = "00:00:03" }, app =>
        {
            var limits = app.Services.GetRequiredService<IOptions<FormatOptions>>().Value.ToLimits();
            Assert.Equal(7, limits.MaxPages);
            Assert.Equal(TimeSpan.FromSeconds(3), limits.Timeout);
            return Task.CompletedTask;
        });

    [Fact]
    public Task Out_of_range_limit_stops_start_up_naming_the_key() =>
        WithAppAsync(new() { ["Platform:Formats:MaxHtmlDepth"] = "2" }, async app =>
        {
            var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
            Assert.Contains("Platform:Formats:MaxHtmlDepth", ex.Message, StringComparison.Ordinal);
        });

    private static async Task WithAppAsync(Dictionary<string, string?> settings, Func<WebApplication, Task> test)
    {
        var dir = Directory.CreateTempSubdirectory("fetch-formats-").FullName;
        try
        {
            await using var app = FetchHost.Build(dir, settings);
            await test(app);
        }
        finally
        {
            TestApps.ReleaseDirectory(dir);
        }
    }
}
