using System.Diagnostics;

namespace Platform.Publish.Tests;

/// <summary>contracts/asyncapi.yaml is a valid AsyncAPI document per the official parser (@asyncapi/parser, tests/asyncapi).</summary>
public sealed class AsyncApiDocumentTests
{
    private static readonly string Document = Path.Combine(RepositoryRoot.Path, "contracts", "asyncapi.yaml");

    [Fact]
    public async Task The_asyncapi_document_is_valid()
    {
        var (exitCode, output) = await ValidateAsync(Document);
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("error:", output, StringComparison.Ordinal);
        Assert.Contains("valid: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_describes_every_event_type_and_cloud_events_attribute()
    {
        var text = await File.ReadAllTextAsync(Document);
        foreach (var expected in new[]
        {
            "name: bulletins.events", "type: topic", "durable: true",
            "address: article.published.{province}.{topic}", "address: article.updated.{province}.{topic}",
            "address: bulletin.published", "address: bulletin.rejected",
            "./schemas/article.schema.json", "./schemas/bulletin-summary.schema.json",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
        foreach (var attribute in new[] { "specversion", "id", "source", "type", "subject", "time", "datacontenttype", "sequence" })
        {
            Assert.Contains($"cloudEvents:{attribute}:", text, StringComparison.Ordinal);
        }
        // Every attribute the dispatcher sends is documented, and nothing else.
        var sent = CloudEventHeaders.For(new Platform.Contracts.Events.PublicEvent(1, "i", "t", "s", "r", DateTimeOffset.UnixEpoch, "{}", false, "/v1/articles/s"), "urn:x");
        Assert.All(sent.Keys, k => Assert.Contains($"        {k}:", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_validator_rejects_a_broken_document()
    {
        // Proves the check above can fail: an unknown field, a channel without address type and a dangling schema $ref.
        var broken = (await File.ReadAllTextAsync(Document))
            .Replace("./schemas/article.schema.json", "./schemas/no-such.schema.json", StringComparison.Ordinal)
            .Replace("    action: send\n", "    action: transmit\n", StringComparison.Ordinal);
        var path = Path.Combine(RepositoryRoot.Path, "contracts", $"broken-{Guid.NewGuid():N}.asyncapi.yaml");
        try
        {
            await File.WriteAllTextAsync(path, broken);
            var (exitCode, output) = await ValidateAsync(path);
            Assert.NotEqual(0, exitCode);
            Assert.Contains("error:", output, StringComparison.Ordinal);
            Assert.Contains("no-such.schema.json", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<(int ExitCode, string Output)> ValidateAsync(string document)
    {
        await RunAsync("bash", Path.Combine(RepositoryRoot.Path, "tests", "setup", "asyncapi.sh"), expectSuccess: true);
        return await RunAsync("node", $"\"{Path.Combine(RepositoryRoot.Path, "tests", "asyncapi", "validate.mjs")}\" \"{document}\"", expectSuccess: false);
    }

    private static async Task<(int, string)> RunAsync(string file, string arguments, bool expectSuccess)
    {
        var psi = new ProcessStartInfo(file, arguments) { WorkingDirectory = RepositoryRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;
        if (expectSuccess) Assert.True(process.ExitCode == 0, $"{file} {arguments} failed:\n{output}");
        return (process.ExitCode, output);
    }
}
