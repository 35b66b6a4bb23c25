using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Platform.Storage.Sqlite;

namespace Platform.Hosting.Tests;

/// <summary>Issue 13 item 2: readiness reports a store that answers but takes no writes.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Ready_is_503_while_another_connection_holds_the_sqlite_write_lock_and_200_after()
    {
        await using var platform = new TestPlatform(_ => { });
        await TestApps.StartAsync(platform.App);
        using var http = platform.App.GetTestClient();
        await ExpectReadyAsync(http, HttpStatusCode.OK);

        var path = ((SqliteDocumentStore)platform.App.Services.GetRequiredService<Platform.Storage.IDocumentStore>()).FilePath;
        await using (var locker = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await locker.OpenAsync();
            await using (var begin = locker.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE";
                await begin.ExecuteNonQueryAsync();
            }
            var body = await ExpectReadyAsync(http, HttpStatusCode.ServiceUnavailable);
            Assert.Contains("takes no writes", body, StringComparison.Ordinal);
            await using var rollback = locker.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }
        await ExpectReadyAsync(http, HttpStatusCode.OK);
        await platform.App.StopAsync();
    }

    private static async Task<string> ExpectReadyAsync(HttpClient http, HttpStatusCode expected)
    {
        var last = "";
        HttpStatusCode? status = null;
        await Eventually.UntilAsync(async () =>
        {
            using var response = await http.GetAsync("/health/ready");
            status = response.StatusCode;
            last = await response.Content.ReadAsStringAsync();
            return status == expected;
        }, TimeSpan.FromSeconds(30), () => $"/health/ready was {status}, expected {expected}: {last}");
        return last;
    }
}
