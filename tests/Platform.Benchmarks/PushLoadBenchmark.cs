using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Fetch.Host;
using Platform.Storage;

namespace Platform.Benchmarks;

/// <summary>
/// HTTP push throughput of the fetch module on real Kestrel (127.0.0.1), SQLite and the in-memory bus: each
/// invocation pushes 2,000 new bulletins (seed variations, distinct per iteration) with 32 concurrent clients, then
/// 200 of them again, and checks that all 2,000 were accepted and stored and every repeat was answered 200.
/// Pushes/s = 1 / Mean (Mean is per push: 2,200 operations per invocation); each iteration also prints its rate.
/// Run: dotnet run -c Release --project tests/Platform.Benchmarks -- --filter '*PushLoadBenchmark*'
/// </summary>
[Config(typeof(FiveIterationsInProcessConfig))]
public class PushLoadBenchmark
{
    public const int Bulletins = 2_000;
    public const int Duplicates = 200;
    public const int Concurrency = 32;
    private const string Key = "bench-push-key-0123456789";

    private readonly string _dir = Directory.CreateTempSubdirectory("push-bench-").FullName;
    private WebApplication? _app;
    private HttpClient _client = null!;
    private int _generation;
    private byte[][] _bodies = [];
    private int _storedBefore;

    [GlobalSetup]
    public void Setup()
    {
        // The fetch service as its Program builds it, on real Kestrel: the benchmark measures HTTP push end to end.
        _app = FetchService.Build(["--contentRoot", _dir, "--environment", "Benchmark"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Urls"] = "http://127.0.0.1:0",
                ["Platform:Transport:Kind"] = "inmemory",
                ["Platform:Store:SqlitePath"] = Path.Combine(_dir, "platform.db"),
                ["Platform:Fetch:ApiKeys"] = "bench=" + Key,
                ["Platform:Fetch:RateLimitPerMinute"] = "10000000",
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        TestApps.StartAsync(_app).GetAwaiter().GetResult();
        _client = new HttpClient { BaseAddress = TestKestrel.AddressOf(_app) };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
    }

    [IterationSetup]
    public void NextGeneration()
    {
        // New content every iteration: otherwise the second iteration would measure only duplicates.
        var generation = ++_generation;
        _bodies = [.. Enumerable.Range(0, Bulletins).Select(i =>
            Encoding.UTF8.GetBytes($"第{generation}批 第{i + 1}期\n{SeedCorpus.Texts[i % SeedCorpus.Texts.Count]}"))];
        _storedBefore = StoredCount();
    }

    [Benchmark(OperationsPerInvoke = Bulletins + Duplicates)]
    public void PushConcurrently()
    {
        var watch = Stopwatch.StartNew();
        var accepted = 0;
        var repeated = 0;
        Parallel.ForEachAsync(Enumerable.Range(0, Bulletins), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, ct) =>
        {
            if (await PushAsync(_bodies[i], ct) == HttpStatusCode.Accepted) Interlocked.Increment(ref accepted);
        }).GetAwaiter().GetResult();
        Parallel.ForEachAsync(Enumerable.Range(0, Duplicates).Select(d => d * (Bulletins / Duplicates)), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, ct) =>
        {
            if (await PushAsync(_bodies[i], ct) == HttpStatusCode.OK) Interlocked.Increment(ref repeated);
        }).GetAwaiter().GetResult();
        watch.Stop();
        var stored = StoredCount() - _storedBefore;
        if (accepted != Bulletins || repeated != Duplicates || stored != Bulletins)
        {
            throw new InvalidOperationException($"accepted {accepted}/{Bulletins}, duplicates answered 200 {repeated}/{Duplicates}, stored {stored}/{Bulletins}");
        }
        Console.WriteLine($"// push load: {Bulletins + Duplicates} pushes in {watch.Elapsed.TotalSeconds:0.000} s = {(Bulletins + Duplicates) / watch.Elapsed.TotalSeconds:0} pushes/s; all accepted, {stored} stored, {repeated} duplicates recognised");
    }

    private async Task<HttpStatusCode> PushAsync(byte[] body, CancellationToken ct)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        using var response = await _client.PostAsync(new Uri("v1/bulletins", UriKind.Relative), content, ct).ConfigureAwait(false);
        return response.StatusCode;
    }

    private int StoredCount() =>
        _app!.Services.GetRequiredService<IDocumentStore>().RawBulletins.ListIdsAsync(null, null).GetAwaiter().GetResult().Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app!.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
