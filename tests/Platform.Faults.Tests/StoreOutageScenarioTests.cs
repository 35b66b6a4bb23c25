using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Platform.Storage.Sqlite;

namespace Platform.Faults.Tests;

/// <summary>
/// Issue 13 item 2 with the four services as processes on real RabbitMQ and one SQLite file: the file is write-locked
/// (an exclusive transaction held by the test) for longer than the services' quick retries and their 10-second busy
/// wait, while bulletins are in flight. PLATFORM_FAULTS_OUTAGE_SECONDS sets the outage (75 by default, past the 63 s that the quick retries with 10-second busy waits covered before; 300 for the
/// audit's five minutes), PLATFORM_FAULTS_BULLETINS the bulletins pushed (10).
/// </summary>
[Collection(ProcessScenarios.Name)]
public sealed class StoreOutageScenarioTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = ScenarioSettings.Outage;

    [Fact]
    public async Task A_write_locked_store_loses_strands_and_duplicates_nothing_and_readiness_reports_it()
    {
        // Redeliveries 1 s, 2 s, 4 s, then every 5 s: a window of the outage plus a minute.
        var redeliveries = (int)(Outage.TotalSeconds / 5) + 14;
        using var schedule = new EnvironmentSettings(new Dictionary<string, string>
        {
            ["Platform__Transport__RedeliveryLimit"] = redeliveries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Platform__Transport__RedeliveryMinInterval"] = "00:00:01",
            ["Platform__Transport__RedeliveryMaxInterval"] = "00:00:05",
            ["Platform__Transport__BreakerResetInterval"] = "00:00:05",
        });
        await using var pipeline = await ServicePipeline.StartAsync();
        var tap = await ExchangeTap.BindAsync(pipeline.Exchange);
        var accepted = new List<string>();
        foreach (var text in ScenarioSettings.Texts("存储中断测试")) accepted.Add(await pipeline.PushAsync(text));

        var path = ((SqliteDocumentStore)pipeline.Store).FilePath;
        var sawNotReady = false;
        await using (var locker = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await locker.OpenAsync();
            await ExecuteAsync(locker, "PRAGMA busy_timeout=60000");
            await ExecuteAsync(locker, "BEGIN EXCLUSIVE");
            output.WriteLine($"store write-locked for {Outage.TotalSeconds} s");
            using var http = new HttpClient { BaseAddress = pipeline["Parse"].BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < Outage)
            {
                using (var ready = await http.GetAsync("health/ready")) sawNotReady |= ready.StatusCode == HttpStatusCode.ServiceUnavailable;
                await Task.Delay(500);
            }
            await ExecuteAsync(locker, "ROLLBACK");
        }
        var recovery = Stopwatch.StartNew();
        var (counts, recovered) = await ScenarioOutcome.MeasureAsync(pipeline, accepted, tap, recovery, Outage + TimeSpan.FromMinutes(3),
            $"store write-locked {Outage.TotalSeconds:0} s (SQLite)");
        output.WriteLine(counts.Summary(recovered));

        Assert.True(sawNotReady, "/health/ready never answered 503 while the store was write-locked");
        counts.AssertNothingLostStrandedOrDuplicated();
        counts.AssertErrorQueues();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
