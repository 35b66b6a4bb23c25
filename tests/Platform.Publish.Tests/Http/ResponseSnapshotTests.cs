using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Publish.Tests.Http;

/// <summary>
/// The bytes the HTTP API answers (status, content type, body) are the committed ones (Http/responses.txt), with only
/// what changes from run to run masked: generated ids (subscriptions, events), clocks, durations, ports, trace ids. Refactoring the handlers
/// (typed results, response records) must leave this file unchanged; a wire change shows here as a diff to review.
/// Regenerate with PLATFORM_UPDATE_CONTRACTS=1: the test then writes the file and fails, so it never checks itself.
/// </summary>
public sealed partial class ResponseSnapshotTests(ApiResponses responses) : IClassFixture<ApiResponses>
{
    private static readonly string SnapshotPath = RepositoryRoot.Combine("tests", "Platform.Publish.Tests", "Http", "responses.txt");

    [Fact]
    public async Task Every_answer_equals_the_committed_one()
    {
        var text = Render(responses.All);
        if (Environment.GetEnvironmentVariable("PLATFORM_UPDATE_CONTRACTS") == "1")
        {
            await File.WriteAllTextAsync(SnapshotPath, text);
            Assert.Fail($"{SnapshotPath} was written from the answers: review the diff, commit it and run without PLATFORM_UPDATE_CONTRACTS.");
        }
        Assert.True(File.Exists(SnapshotPath), $"{SnapshotPath} is missing: run this test with PLATFORM_UPDATE_CONTRACTS=1");
        var committed = (await File.ReadAllTextAsync(SnapshotPath)).ReplaceLineEndings("\n");
        var expected = committed.Split("\n### ");
        var actual = text.Split("\n### ");
        for (var i = 0; i < Math.Min(expected.Length, actual.Length); i++) Assert.Equal(expected[i], actual[i]);
        Assert.Equal(expected.Length, actual.Length);
    }

    [Fact]
    public void Volatile_values_are_masked_and_nothing_else()
    {
        const string raw = """{"id":"sub_0198c5f4a1b27c3e9d0f00112233aabb","eventId":"0198c5f4-a1b2-7c3e-9d0f-00112233aabb","createdAt":"2026-01-02T03:04:05.123+00:00","durationMs":12.3,"url":"http://127.0.0.1:40123/hook","date":"2020-04-29","traceId":"00-ab-cd-00","title":"怀柔区"}""";
        Assert.Equal("""{"id":"sub_*","eventId":"*","createdAt":"*","durationMs":0,"url":"http://127.0.0.1:*/hook","date":"2020-04-29","traceId":"*","title":"怀柔区"}""", Mask(raw));
    }

    private static string Render(IEnumerable<CapturedResponse> all)
    {
        var text = new StringBuilder();
        foreach (var r in all)
        {
            text.Append("### ").Append(Mask(r.Request)).Append('\n')
                .Append(r.Status).Append(' ').Append(r.ContentType ?? "-").Append('\n')
                .Append(Mask(r.Body)).Append("\n\n");
        }
        return text.ToString();
    }

    private static string Mask(string body)
    {
        body = SubscriptionId().Replace(body, "sub_*");
        body = EventId().Replace(body, "*");
        body = Instant().Replace(body, "\"*\"");
        body = Duration().Replace(body, "\"durationMs\":0");
        body = LoopbackPort().Replace(body, "127.0.0.1:*");
        return TraceId().Replace(body, "\"traceId\":\"*\"");
    }

    [GeneratedRegex("sub_[0-9a-f]{32}")]
    private static partial Regex SubscriptionId();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex EventId();

    [GeneratedRegex("\"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2})\"")]
    private static partial Regex Instant();

    [GeneratedRegex("\"durationMs\":[0-9.]+")]
    private static partial Regex Duration();

    [GeneratedRegex(@"127\.0\.0\.1:[0-9]{2,5}")]
    private static partial Regex LoopbackPort();

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();
}
