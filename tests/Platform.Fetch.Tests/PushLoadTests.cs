using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using static Platform.Fetch.Tests.PushRequests;

namespace Platform.Fetch.Tests;

/// <summary>
/// 2,000 distinct bulletins (seed variations) pushed concurrently, then 200 of them again: every new one accepted,
/// every one stored (nothing lost), every repeat answered 200 with its first id. Not a timed test: the rate is
/// only printed (tests/Platform.Benchmarks PushLoadBenchmark measures it).
/// </summary>
public sealed class PushLoadTests(ITestOutputHelper output)
{
    public const int Bulletins = 2_000;
    public const int Duplicates = 200;
    public const int Concurrency = 32;

    [Fact]
    public async Task Two_thousand_concurrent_pushes_are_all_accepted_none_lost_duplicates_recognised()
    {
        var host = new FetchHost();
        await host.InitializeAsync();
        try
        {
            var seeds = Enumerable.Range(0, 5).Select(i => Seeds.Read($"00{i}")).ToArray();
            var bodies = Enumerable.Range(0, Bulletins).Select(i => Encoding.UTF8.GetBytes(Variation(seeds, i))).ToArray();
            var ids = new ConcurrentDictionary<int, string>();
            var statuses = new ConcurrentBag<HttpStatusCode>();
            var watch = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, Bulletins), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, ct) =>
            {
                var (status, id) = await PushAsync(host.Client, bodies[i], ct);
                statuses.Add(status);
                ids[i] = id;
            });
            watch.Stop();
            output.WriteLine($"{Bulletins} pushes in {watch.Elapsed.TotalSeconds:0.00} s = {Bulletins / watch.Elapsed.TotalSeconds:0} pushes/s (concurrency {Concurrency})");
            Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
            Assert.Equal(Bulletins, ids.Values.Distinct().Count());

            var repeats = new ConcurrentBag<(int Index, HttpStatusCode Status, string Id)>();
            await Parallel.ForEachAsync(Enumerable.Range(0, Duplicates).Select(d => d * (Bulletins / Duplicates)),
                new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, ct) =>
                {
                    var (status, id) = await PushAsync(host.Client, bodies[i], ct);
                    repeats.Add((i, status, id));
                });
            Assert.Equal(Duplicates, repeats.Count);
            Assert.All(repeats, r =>
            {
                Assert.Equal(HttpStatusCode.OK, r.Status);
                Assert.Equal(ids[r.Index], r.Id);
            });

            var stored = await host.Store.RawBulletins.ListIdsAsync(null, null);
            Assert.Equal(Bulletins, stored.Count);
            Assert.True(ids.Values.ToHashSet().SetEquals(stored));
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    /// <summary>Seed <c>i % 5</c> with an issue line of its own, so every body is distinct content.</summary>
    public static string Variation(string[] seeds, int i) => $"第{i + 1}期\n{seeds[i % seeds.Length]}";

    private static async Task<(HttpStatusCode, string)> PushAsync(HttpClient client, byte[] body, CancellationToken ct)
    {
        using var request = PushRequest(Body(body, "text/plain; charset=utf-8"));
        using var response = await client.SendAsync(request, ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return (response.StatusCode, json.RootElement.GetProperty("id").GetString()!);
    }
}
