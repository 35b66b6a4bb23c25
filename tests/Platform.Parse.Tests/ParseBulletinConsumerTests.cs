using Platform.Contracts.Documents;
using Platform.Contracts.Messages;

namespace Platform.Parse.Tests;

/// <summary>The parse consumer on MassTransit's test harness over SQLite: it loads, applies the policy and publishes.</summary>
public sealed class ParseBulletinConsumerTests() : StageTests(bus => bus.AddParseStage())
{
    private async Task ReceiveAsync(string id, string text)
    {
        await Stage.Store.RawBulletins.AddAsync(Seeds.Raw(id, text));
        await Stage.Harness.Bus.Publish(new BulletinReceived(id, "tests", new string('a', 64), DateTimeOffset.UnixEpoch));
        Assert.True(await Stage.Harness.Consumed.Any<BulletinReceived>(m => m.Context.Message.BulletinId == id));
    }

    [Fact]
    public async Task A_received_bulletin_is_stored_parsed_and_announced_once_with_all_its_articles_stored()
    {
        await ReceiveAsync("00000000000000a1", Seeds.Text("002"));
        Assert.True(await Stage.Harness.Published.Any<BulletinParsed>(m => m.Context.Message.BulletinId == "00000000000000a1"));
        var bulletin = (await Stage.Store.Bulletins.GetAsync("00000000000000a1"))!;
        Assert.Equal(PipelineStatus.Parsed, bulletin.Status);
        var announced = Assert.Single(Stage.Harness.Published.Select<BulletinParsed>()).Context.Message;
        Assert.Equal(bulletin.ArticleIds.Count, announced.ArticleCount);
        Assert.False(Stage.Harness.Published.Select<ArticleParsed>().Any());
        foreach (var id in bulletin.ArticleIds) Assert.NotNull(await Stage.Store.Articles.GetAsync(id));
    }

    [Fact]
    public async Task Unusable_text_is_kept_rejected_recorded_as_a_failure_and_announced()
    {
        await ReceiveAsync("00000000000000b2", "12345 67890");
        Assert.True(await Stage.Harness.Published.Any<BulletinRejected>(m => m.Context.Message.BulletinId == "00000000000000b2"));
        Assert.Equal(PipelineStatus.Rejected, (await Stage.Store.Bulletins.GetAsync("00000000000000b2"))!.Status);
        Assert.Single(await Stage.Store.Failures.ListAsync("00000000000000b2"));
        Assert.False(Stage.Harness.Published.Select<BulletinParsed>().Any());
    }
}
