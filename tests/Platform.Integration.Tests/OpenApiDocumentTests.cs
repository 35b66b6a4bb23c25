using System.Net;

namespace Platform.Integration.Tests;

/// <summary>
/// The committed OpenAPI documents (contracts/openapi/*.json) are exactly what the fetch and publish services serve
/// at /openapi/v1.json. Regenerate with PLATFORM_UPDATE_CONTRACTS=1: the test then writes the served documents and fails,
/// so a leaked variable can never turn the check into a pass.
/// </summary>
public sealed class OpenApiDocumentTests
{
    [Theory]
    [InlineData("Fetch")]
    [InlineData("Publish")]
    public async Task The_committed_document_equals_the_served_one(string service)
    {
        var dir = Directory.CreateTempSubdirectory("platform-openapi-").FullName;
        try
        {
            // The document does not depend on the transport: the in-memory one needs no broker.
            await using var process = new ServiceProcess(service, new Dictionary<string, string>
            {
                ["Platform__Transport__Kind"] = "inmemory",
                ["Platform__Store__SqlitePath"] = Path.Combine(dir, "platform.db"),
                ["Platform__Publish__DispatchToBroker"] = "false",
            });
            process.Start();
            await process.WaitForReadyAsync(HttpStatusCode.OK, TimeSpan.FromSeconds(90));
            using var http = new HttpClient { BaseAddress = process.BaseAddress };
            var served = (await http.GetStringAsync("openapi/v1.json")).ReplaceLineEndings("\n").TrimEnd() + "\n";
            var path = Path.Combine(RepositoryPaths.Root, "contracts", "openapi", service.ToLowerInvariant() + ".json");
            if (Environment.GetEnvironmentVariable("PLATFORM_UPDATE_CONTRACTS") == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, served);
                // Writing the snapshot must not pass as checking it: this run compares nothing.
                Assert.Fail($"{path} was written from what {service} serves: review the change, commit it and run the tests without PLATFORM_UPDATE_CONTRACTS.");
            }
            Assert.True(File.Exists(path), $"{path} is missing: run this test with PLATFORM_UPDATE_CONTRACTS=1");
            Assert.True(served == await File.ReadAllTextAsync(path),
                $"{path} differs from what {service} serves: the endpoints changed. Rerun this test with PLATFORM_UPDATE_CONTRACTS=1 and commit the file.");
            Assert.Contains("\"/v1/", served, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
