using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Documents;
using Platform.Enrich;
using Platform.Fetch;
using Platform.Hosting.Messaging;
using Platform.Parse;
using Platform.Publish;
using Platform.Storage;

namespace Platform.Faults.Tests;

/// <summary>
/// Fault suite, "an oversized event" (issue 13): among the seeds, a bulletin whose article makes an event over
/// Platform:Publish:MaxEventBytes. Every stage runs on real RabbitMQ; counting shows nothing lost, stranded or duplicated.
/// </summary>
public sealed class OversizedEventScenarioTests : IDisposable
{
    private const int MaxEventBytes = 64 * 1024;
    private const string Tap = "faults-scenario-tap";
    private readonly string _dir = Directory.CreateTempSubdirectory("faults-scenario-").FullName;

    [Fact]
    public async Task An_oversized_event_among_normal_ones_is_published_truncated_and_nothing_is_lost_or_duplicated()
    {
        var vhost = await TestBroker.NewVirtualHostAsync();
        await PublicEventTap.DeclareAsync(vhost, Tap);
        var settings = new Dictionary<string, string?>
        {
            ["Platform:Publish:DispatchToBroker"] = "true",
            ["Platform:Publish:MaxEventBytes"] = MaxEventBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        await using var platform = new BrokerProcess(vhost, bus =>
        {
            bus.AddFetchStage();
            bus.AddParseStage();
            bus.AddEnrichStage();
            bus.AddPublishStage();
        }, Path.Combine(_dir, "platform.db"), settings, app => app.MapPublishEndpoints());
        await platform.App.StartAsync();
        try
        {
            var intake = platform.App.Services.GetRequiredService<BulletinIntake>();
            var store = platform.App.Services.GetRequiredService<IDocumentStore>();
            var texts = Directory.GetFiles(RepositoryRoot.Combine("seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
            texts.Insert(2, LargeBulletin.Text(150));
            var accepted = new List<string>();
            foreach (var text in texts)
            {
                var outcome = await intake.IngestAsync(new IngestRequest(System.Text.Encoding.UTF8.GetBytes(text), "text/plain", "faults"), CancellationToken.None);
                accepted.Add(outcome.BulletinId ?? throw new InvalidOperationException(outcome.Failure?.Detail));
            }
            var bulletinEvents = new[] { "bulletin.published", "bulletin.rejected" };
            await Eventually.UntilAsync(async () =>
            {
                var events = await store.Events.ReadAsync(0, 1000);
                return accepted.All(id => events.Any(e => e.Subject == id && bulletinEvents.Contains(e.Type)))
                    && (await store.Events.ListUndispatchedAsync(1)).Count == 0;
            }, TimeSpan.FromSeconds(120), () => $"not every bulletin was announced and dispatched; the host logged:\n{platform.LastLogLines()}");

            // Accepted = stored = published (a seed the parser cannot read is kept as rejected, which is its final state).
            foreach (var id in accepted)
            {
                var status = (await store.Bulletins.GetAsync(id))?.Status;
                Assert.True(status is PipelineStatus.Published or PipelineStatus.Rejected, $"{id} is {status}");
            }
            var big = (await store.Bulletins.GetAsync(accepted[2]))!;
            Assert.Equal(PipelineStatus.Published, big.Status);

            // Events stored = events on the exchange, once each; nothing quarantined.
            var stored = await store.Events.ReadAsync(0, 1000);
            var onExchange = await PublicEventTap.DrainAsync(vhost, Tap);
            Assert.Equal(stored.Select(e => e.Id).Order(StringComparer.Ordinal), onExchange.Select(m => m.Id).Order(StringComparer.Ordinal));
            Assert.Equal(onExchange.Count, onExchange.Select(m => m.Id).Distinct().Count());
            Assert.Empty(await store.Events.ListQuarantinedAsync(10));
            var truncated = onExchange.Single(m => m.Body.TryGetProperty("id", out var a) && a.GetString() == big.ArticleIds.Single());
            Assert.True(truncated.Body.GetProperty("bodyTruncated").GetBoolean());
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(truncated.Body.GetRawText()) <= MaxEventBytes);

            // A pull-feed reader following after= in small pages misses none.
            using var client = platform.App.GetTestClient();
            var read = new List<long>();
            long after = 0;
            while (true)
            {
                var page = (await client.GetFromJsonAsync<JsonElement>($"v1/events?after={after}&limit=3"));
                var sequences = page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()).ToList();
                if (sequences.Count == 0) break;
                read.AddRange(sequences);
                after = page.GetProperty("next").GetInt64();
            }
            Assert.Equal(stored.Select(e => e.Sequence), read);

            // Every _error queue is empty.
            foreach (var queue in ConsumerQueues.All)
            {
                Assert.Equal(0u, await TestBroker.CountOrZeroAsync(vhost, queue.ErrorQueue));
            }
        }
        finally
        {
            await TestApps.StopAsync(platform.App);
        }
    }

    public void Dispose() => TestApps.ReleaseDirectory(_dir);
}
