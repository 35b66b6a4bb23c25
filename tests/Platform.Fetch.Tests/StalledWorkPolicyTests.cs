using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Storage.Tests;

namespace Platform.Fetch.Tests;

public sealed class StalledWorkPolicyTests
{
    private static Bulletin Bulletin(PipelineStatus status, int articles) =>
        StoreDocuments.Bulletin("b") with { Status = status, ArticleIds = Enumerable.Range(1, articles).Select(i => Article.MakeId("b", i)).ToArray() };

    private static Dictionary<string, Article?> Articles(params PipelineStatus?[] statuses) =>
        statuses.Select((s, i) => (Id: Article.MakeId("b", i + 1), Article: s is { } status ? StoreDocuments.Article("b", i + 1) with { Status = status } : null))
            .ToDictionary(p => p.Id, p => p.Article, StringComparer.Ordinal);

    public static TheoryData<PipelineStatus, PipelineStatus?[], string[]> Cases => new()
    {
        // bulletin status, its articles' statuses (null: not stored), the messages that move it on
        { PipelineStatus.Parsed, [PipelineStatus.Parsed, PipelineStatus.Enriched, PipelineStatus.Published], ["BulletinParsed b 3"] },
        { PipelineStatus.Parsed, [PipelineStatus.Received], ["BulletinParsed b 1"] },
        { PipelineStatus.Parsed, [PipelineStatus.Enriched, PipelineStatus.Published], ["BulletinEnriched b"] },
        { PipelineStatus.Parsed, [PipelineStatus.Published, PipelineStatus.Published], ["BulletinEnriched b"] },
        { PipelineStatus.Parsed, [PipelineStatus.Parsed, null], ["BulletinReceived b"] },
        { PipelineStatus.Enriched, [PipelineStatus.Enriched], ["BulletinEnriched b"] },
        { PipelineStatus.Published, [PipelineStatus.Parsed], [] },
        { PipelineStatus.Rejected, [PipelineStatus.Parsed], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_stalled_bulletin_gets_the_message_of_the_earliest_stage_one_of_its_articles_waits_for(PipelineStatus status, PipelineStatus?[] articles, string[] expected)
    {
        var messages = StalledWorkPolicy.MessagesFor(Bulletin(status, articles.Length), Articles(articles));
        Assert.Equal(expected, messages.Select(Describe));
    }

    private static string Describe(object message) => message switch
    {
        BulletinParsed m => $"BulletinParsed {m.BulletinId} {m.ArticleCount}",
        BulletinEnriched m => $"BulletinEnriched {m.BulletinId}",
        BulletinReceived m => $"BulletinReceived {m.BulletinId}",
        _ => message.GetType().Name,
    };
}
