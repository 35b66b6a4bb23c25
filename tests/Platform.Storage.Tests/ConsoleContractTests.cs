using Platform.Contracts.Documents;

namespace Platform.Storage.Tests;

/// <summary>What the operator console asks the store: grouped counts, receive times in a window, the data-protection key ring.</summary>
public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset Hour = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task Counts_are_grouped_by_the_store_over_every_document_and_unparsed_bulletins_count_as_received()
    {
        // More than the console's smallest old scan limit (10), to prove nothing is capped.
        const int Raw = 25;
        for (var i = 0; i < Raw; i++) await Store.RawBulletins.AddAsync(StoreDocuments.Raw($"c{i:D2}", i.ToString("x64", System.Globalization.CultureInfo.InvariantCulture), Hour.AddMinutes(i)));
        for (var i = 0; i < 20; i++)
        {
            var status = i < 14 ? PipelineStatus.Published : i < 17 ? PipelineStatus.Rejected : PipelineStatus.Parsed;
            await Store.Bulletins.UpsertAsync(StoreDocuments.Bulletin($"c{i:D2}") with { Status = status }, 0);
        }
        string?[] regions = ["430105", "430105", "110108", null];
        for (var i = 0; i < 14; i++)
        {
            var article = StoreDocuments.Article($"c{i:D2}", 1, regions[i % regions.Length]);
            await Store.Articles.UpsertAsync(article with { Status = i < 11 ? PipelineStatus.Published : PipelineStatus.Enriched }, 0);
        }

        var bulletins = await Store.Counts.BulletinsByStatusAsync();
        Assert.Equal((5L, 3L, 0L, 14L, 3L), (bulletins[PipelineStatus.Received], bulletins[PipelineStatus.Parsed], bulletins[PipelineStatus.Enriched],
            bulletins[PipelineStatus.Published], bulletins[PipelineStatus.Rejected]));
        var articles = await Store.Counts.ArticlesByStatusAsync();
        Assert.Equal((11L, 3L, 0L), (articles[PipelineStatus.Published], articles[PipelineStatus.Enriched], articles[PipelineStatus.Parsed]));
        var provinces = await Store.Counts.PublishedByProvinceAsync();
        Assert.Equal(new Dictionary<string, long> { ["43"] = 6, ["11"] = 3, ["00"] = 2 }, provinces.ToDictionary(p => p.Key, p => p.Value));
        Assert.Equal([Hour.AddMinutes(20), Hour.AddMinutes(21), Hour.AddMinutes(22), Hour.AddMinutes(23), Hour.AddMinutes(24)],
            await Store.Counts.ReceivedSinceAsync(Hour.AddMinutes(20)));
    }

    [SkippableFact]
    public async Task The_key_ring_keeps_each_key_once_in_the_order_added()
    {
        Assert.Empty(await Store.KeyRing.ListAsync());
        await Store.KeyRing.AddAsync("key-1", "<key id=\"1\" />");
        await Store.KeyRing.AddAsync("key-2", "<key id=\"2\" />");
        await Store.KeyRing.AddAsync("key-1", "<key id=\"rewritten\" />");
        Assert.Equal(["<key id=\"1\" />", "<key id=\"2\" />"], await Store.KeyRing.ListAsync());
    }
}
