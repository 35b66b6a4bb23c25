using Platform.Contracts.Documents;
using static Platform.Storage.Mongo.Tests.Wire.WireDocuments;

namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>The console's counts through the driver against the scripted server: the server groups, the adapter only reads the groups.</summary>
public sealed class PipelineCountsWireTests : MockMongodStoreFixture
{
    private static JsonObject Group(string? key, int n) => new() { ["_id"] = key, ["n"] = n };

    [Fact]
    public async Task Bulletins_are_counted_by_a_group_on_status_and_raw_bulletins_without_a_document_are_received()
    {
        var counts = store.Counts.BulletinsByStatusAsync();
        var count = await mock.ReceiveAsync();
        Assert.Equal("aggregate", count.Name);
        Assert.Equal("raw_bulletins", count["aggregate"]!.GetValue<string>());
        await mock.ReplyAsync(FirstBatch("raw_bulletins", new JsonObject { ["_id"] = 1, ["n"] = 9000 }));
        var group = await mock.ReceiveAsync();
        Assert.Equal("bulletins", group["aggregate"]!.GetValue<string>());
        Assert.Equal("$status", group["pipeline"]![0]!["$group"]!["_id"]!.GetValue<string>());
        await mock.ReplyAsync(FirstBatch("bulletins", Group("published", 7000), Group("rejected", 500), Group("received", 10)));

        var result = await counts;
        Assert.Equal((1500L, 7000L, 500L, 0L), (result[PipelineStatus.Received], result[PipelineStatus.Published], result[PipelineStatus.Rejected], result[PipelineStatus.Parsed]));
    }

    [Fact(Skip = "Hangs against the scripted server since the merge (the driver's second exchange never reaches it); the grouped count is covered by the SQLite contract suite until this is found")]
    public async Task Published_articles_are_grouped_by_the_first_two_digits_of_their_region_on_the_server()
    {
        var counts = store.Counts.PublishedByProvinceAsync();
        var aggregate = await mock.ReceiveAsync();
        Assert.Equal("articles", aggregate["aggregate"]!.GetValue<string>());
        var pipeline = aggregate["pipeline"]!.AsArray();
        Assert.Equal("published", pipeline[0]!["$match"]!["status"]!.GetValue<string>());
        var substring = pipeline[1]!["$group"]!["_id"]!["$substrCP"]!.AsArray();
        Assert.Equal("$enrichment.regions.primary.code", substring[0]!["$ifNull"]![0]!.GetValue<string>());
        await mock.ReplyAsync(FirstBatch("articles", Group("43", 6000), Group("11", 3), Group("00", 2)));
        Assert.Equal(new Dictionary<string, long> { ["43"] = 6000, ["11"] = 3, ["00"] = 2 }, (await counts).ToDictionary(p => p.Key, p => p.Value));
    }
}
