using System.Collections.Concurrent;
using System.Diagnostics;

namespace Platform.Publish.Tests;

public sealed class TracingTests : EmbeddedPipelineTest
{
    private readonly ConcurrentBag<Activity> _spans = [];
    private ActivityListener? _listener;

    public override Task InitializeAsync()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Platform" or "MassTransit",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Add,
        };
        ActivitySource.AddActivityListener(_listener);
        return base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        _listener?.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task One_bulletin_is_one_trace_from_fetch_through_parse_enrich_and_publish()
    {
        // A bulletin no other test pushes: the span listener sees every test class running in parallel.
        var text = File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "002*.txt").Single())
            + $"\n\n追踪测试 {Guid.NewGuid():N}。";
        var id = await Host.IngestAsync(text);
        var bulletin = await Host.WaitForBulletinAsync(id, PipelineStatus.Published);

        var ingest = Assert.Single(_spans, s => s.OperationName == "fetch ingest" && (string?)s.GetTagItem("platform.bulletin.id") == id);
        // Positive evidence, with a deadline: every article's publish span has ended (the last thing the pipeline does).
        var trace = await Eventually.ValueAsync(() => Task.FromResult(_spans.Where(s => s.TraceId == ingest.TraceId).ToArray()),
            spans => spans.Count(s => s.OperationName == "publish article") >= bulletin.ArticleIds.Count, TimeSpan.FromSeconds(30),
            spans => $"trace has {string.Join(", ", spans.GroupBy(s => s.OperationName).Select(g => $"{g.Count()} {g.Key}"))}");
        Assert.Single(trace, s => s.OperationName == "parse bulletin");
        Assert.Equal(bulletin.ArticleIds.Count, trace.Count(s => s.OperationName == "enrich article"));
        Assert.Equal(bulletin.ArticleIds.Count, trace.Count(s => s.OperationName == "publish article"));
        Assert.Contains(trace, s => s.Source.Name == "MassTransit");
    }
}
