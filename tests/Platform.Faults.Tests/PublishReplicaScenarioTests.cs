using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Platform.Faults.Tests;

/// <summary>
/// Issue 13 item 5 with the replicas as OS processes: three publish hosts (beside fetch, parse and enrich) on one SQLite
/// file and real RabbitMQ. They share the consumer queue, and each event goes on the exchange once and to each webhook
/// subscription once, whichever replica holds the dispatch lease.
/// </summary>
[Collection(ProcessScenarios.Name)]
public sealed class PublishReplicaScenarioTests(ITestOutputHelper output)
{
    private const int Replicas = 3;
    private const string AdminKey = "faults-admin-key-0123456789abcdef";
    private static readonly string[] Patterns = ["#", "article.#"];

    [Fact]
    public async Task Three_publish_processes_put_each_event_on_the_exchange_and_to_each_subscription_once()
    {
        var deliveries = new ConcurrentQueue<(string Subscription, string EventId)>();
        await using var receiver = await TestKestrel.StartAsync(app => app.MapPost("/hook", async (HttpContext http) =>
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            deliveries.Enqueue((http.Request.Headers["X-Platform-Subscription"].ToString(), body.RootElement.GetProperty("id").GetString()!));
            return Results.Ok();
        }));
        using var publishSettings = new EnvironmentSettings(new Dictionary<string, string>
        {
            ["Platform__Publish__AdminApiKeys"] = AdminKey,
            ["Platform__Publish__WebhookAllowedHosts"] = "127.0.0.1",
            ["Platform__Publish__WebhookInterval"] = "00:00:00.200",
        });
        await using var pipeline = await ServicePipeline.StartAsync();
        var replicas = Enumerable.Range(1, Replicas - 1).Select(_ => new ServiceProcess("Publish", pipeline.Environment())).ToList();
        try
        {
            foreach (var replica in replicas) replica.Start();
            await Task.WhenAll(replicas.Select(r => r.WaitForReadyAsync(HttpStatusCode.OK, TimeSpan.FromSeconds(90))));
            var subscriptions = new List<(string Id, string Pattern)>();
            using (var admin = new HttpClient { BaseAddress = pipeline["Publish"].BaseAddress })
            {
                admin.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
                foreach (var pattern in Patterns)
                {
                    using var created = await admin.PostAsJsonAsync("v1/subscriptions",
                        new { url = receiver.Url("hook").AbsoluteUri, pattern, secret = "faults-webhook-secret-0123" });
                    Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
                    subscriptions.Add(((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!, pattern));
                }
            }
            var tap = await ExchangeTap.BindAsync(pipeline.Exchange);
            var clock = Stopwatch.StartNew();
            var accepted = new List<string>();
            foreach (var text in ScenarioSettings.Texts("三副本发布测试")) accepted.Add(await pipeline.PushAsync(text));
            await pipeline.WaitUntilPublishedAndDispatchedAsync(accepted, TimeSpan.FromMinutes(2));

            var events = await pipeline.AllEventsAsync();
            var expected = subscriptions
                .SelectMany(s => events.Where(e => s.Pattern == "#" || e.RoutingKey.StartsWith("article.", StringComparison.Ordinal)).Select(e => (s.Id, e.Id)))
                .ToHashSet();
            await Eventually.UntilAsync(() => Task.FromResult(expected.IsSubsetOf(deliveries)), TimeSpan.FromMinutes(1),
                () => $"webhooks delivered {deliveries.Distinct().Count()} of {expected.Count}");
            var recovered = clock.Elapsed;
            await Task.Delay(TimeSpan.FromSeconds(3)); // a second replica's copies, had there been any, arrive
            var counts = await PipelineCounts.CountAsync(pipeline, accepted.Distinct().ToList(), tap);
            var duplicateDeliveries = deliveries.Count - deliveries.Distinct().Count();
            ScenarioTable.Record(counts.Row($"{Replicas} publish replicas as processes, {Patterns.Length} webhook subscriptions", recovered));
            output.WriteLine(counts.Summary(recovered) + $"; webhook deliveries {deliveries.Count}, expected {expected.Count}, {duplicateDeliveries} twice");

            Assert.All(replicas.Append(pipeline["Publish"]), r => Assert.False(r.HasExited, $"a publish replica exited: {r.Output}"));
            counts.AssertNothingLostStrandedOrDuplicated();
            counts.AssertErrorQueues();
            Assert.Equal(expected.Order(), deliveries.Order());
        }
        finally
        {
            foreach (var replica in replicas) await replica.DisposeAsync();
        }
    }
}
