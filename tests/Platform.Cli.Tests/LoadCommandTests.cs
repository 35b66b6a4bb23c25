using System.Text.Json;

namespace Platform.Cli.Tests;

public sealed class LoadCommandTests
{
    [Fact]
    public async Task Load_pushes_distinct_bulletins_and_sees_every_one_published_exactly_once()
    {
        await using var platform = await EmbeddedPlatformProcess.StartAsync();
        var (exit, stdout, stderr) = await PlatformCli.RunAsync(platform.Directory, "load", "--target", platform.Address, "--key", EmbeddedPlatformProcess.Key,
            "--bulletins", "24", "--concurrency", "6", "--seed", "3", "--json");
        Assert.True(exit == 0, stdout + stderr);
        using var json = JsonDocument.Parse(stdout);
        var report = json.RootElement;
        Assert.Equal(24, report.GetProperty("accepted").GetInt32());
        Assert.Equal(24, report.GetProperty("published").GetInt32());
        Assert.Equal(0, report.GetProperty("unfinished").GetInt32());
        Assert.Equal(0, report.GetProperty("finishedMoreThanOnce").GetInt32());
        Assert.Equal(0, report.GetProperty("articlesPublishedMoreThanOnce").GetInt32());
        Assert.Equal(0, report.GetProperty("bulletinsMissingArticles").GetInt32());
        Assert.True(report.GetProperty("articlesPublished").GetInt32() > 24);
        Assert.Equal(24, report.GetProperty("publishLatencyMs").GetProperty("count").GetInt32());
        Assert.True(report.GetProperty("clean").GetBoolean());

        // The same seed again: every push is recognised as stored, nothing is waited for, and that is still clean.
        var (again, stdout2, stderr2) = await PlatformCli.RunAsync(platform.Directory, "load", "--target", platform.Address, "--key", EmbeddedPlatformProcess.Key,
            "--bulletins", "24", "--concurrency", "6", "--seed", "3", "--json");
        Assert.True(again == 0, stdout2 + stderr2);
        using var second = JsonDocument.Parse(stdout2);
        Assert.Equal(24, second.RootElement.GetProperty("alreadyStored").GetInt32());
    }

    [Fact]
    public async Task Pushes_with_a_wrong_key_are_errors_by_kind_and_exit_1()
    {
        await using var platform = await EmbeddedPlatformProcess.StartAsync();
        var (exit, stdout, stderr) = await PlatformCli.RunAsync(platform.Directory, "load", "--target", platform.Address, "--key", "not-a-key",
            "--bulletins", "3", "--wait", "1");
        Assert.True(exit == 1, stdout + stderr);
        Assert.Contains("error       3 × 401", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bulletins", "0", "--bulletins must be at least 1")]
    [InlineData("--target", "ftp://x", "--target must be an http(s) URL")]
    [InlineData("--near-duplicates", "2", "--near-duplicates must be from 0 to 1")]
    [InlineData("--from", "/no/such/folder", "/no/such/folder")]
    public async Task Unusable_arguments_exit_2_naming_the_problem(string option, string value, string message)
    {
        var (exit, _, stderr) = await PlatformCli.RunAsync(Path.GetTempPath(), "load", "--key", "k", option, value);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }
}
