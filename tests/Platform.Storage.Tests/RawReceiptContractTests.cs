using Platform.Contracts.Documents;

namespace Platform.Storage.Tests;

/// <summary>A raw bulletin's receipt: its metadata as stored, read without its bytes and text.</summary>
public abstract partial class StoreContractTests
{
    [SkippableFact]
    public async Task A_receipt_is_the_stored_bulletins_metadata()
    {
        var text = StoreDocuments.Raw("r1", new string('a', 64)) with
        {
            SourceUrl = "https://upstream.example/bulletins/1",
            PublishedAt = new DateTimeOffset(2024, 5, 30, 9, 30, 0, TimeSpan.FromHours(8)),
        };
        var pdf = StoreDocuments.Raw("r2", new string('b', 64)) with
        {
            Encoding = null,
            ContentType = "application/pdf",
            Format = BulletinFormat.Pdf,
            ExtractionWarnings = ["running heads removed"],
            TitleHint = "精神文明建设简报",
            HeadlineHints = ["凝心聚力，共建文明城市"],
        };
        foreach (var raw in new[] { text, pdf }) Assert.True((await Store.RawBulletins.AddAsync(raw)).Inserted);
        await Store.RawBulletins.MarkAnnouncedAsync("r2");

        foreach (var raw in new[] { text, pdf with { Announced = true } })
        {
            var receipt = await Store.RawBulletins.GetReceiptAsync(raw.Id);
            Assert.Equal(RawBulletinReceipt.Of(raw), receipt);
            Assert.Equal(RawBulletinReceipt.Of((await Store.RawBulletins.GetAsync(raw.Id))!), receipt);
        }
    }

    [SkippableFact]
    public async Task No_receipt_is_found_for_an_id_never_stored()
    {
        await Store.RawBulletins.AddAsync(StoreDocuments.Raw("stored", new string('c', 64)));
        Assert.Null(await Store.RawBulletins.GetReceiptAsync("never-stored"));
    }

    [SkippableFact]
    public async Task Unannounced_bulletins_are_listed_as_their_receipts()
    {
        var raw = StoreDocuments.Raw("pending", new string('d', 64)) with { Format = BulletinFormat.Html, ContentType = "text/html" };
        await Store.RawBulletins.AddAsync(raw);
        Assert.Equal([RawBulletinReceipt.Of(raw)], await Store.RawBulletins.ListUnannouncedAsync(10));
    }
}
