using Platform.Contracts.Documents;
using Platform.Storage.Tests;
using static Platform.Storage.Mongo.Tests.Wire.WireDocuments;

namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>The format a bulletin arrived in, its extraction warnings and layout hints, as the adapter writes and reads them.</summary>
public sealed class ExtractionWireTests : MockMongodStoreFixture
{
    [Fact]
    public async Task Raw_bulletin_from_a_pdf_is_stored_with_format_warnings_and_hints_and_no_charset()
    {
        var raw = StoreDocuments.Raw("pdf", new string('3', 64)) with
        {
            Encoding = null,
            Format = BulletinFormat.Pdf,
            ExtractionWarnings = ["running heads removed"],
            TitleHint = "精神文明建设简报",
            HeadlineHints = ["凝心聚力，共建文明城市"],
        };
        var add = store.RawBulletins.AddAsync(raw);
        var insert = await mock.ReceiveAsync();
        Assert.Equal("raw_bulletins", insert["insert"]!.GetValue<string>());
        var stored = insert["documents"]![0]!.AsObject();
        Assert.Equal("pdf", stored["format"]!.GetValue<string>());
        Assert.Null(stored["encoding"]);
        Assert.Equal(["running heads removed"], stored["extractionWarnings"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal("精神文明建设简报", stored["titleHint"]!.GetValue<string>());
        Assert.Equal(["凝心聚力，共建文明城市"], stored["headlineHints"]!.AsArray().Select(w => w!.GetValue<string>()));
        await mock.ReplyAsync(Written(1));
        Assert.True((await add).Inserted);

        var read = store.RawBulletins.GetAsync("pdf");
        Assert.Equal("find", (await mock.ReceiveAsync()).Name);
        await mock.ReplyAsync(FirstBatch("raw_bulletins", (JsonObject)stored.DeepClone()));
        var back = await read;
        Assert.Equal(BulletinFormat.Pdf, back!.Format);
        Assert.Null(back.Encoding);
        Assert.Equal(raw.ExtractionWarnings, back.ExtractionWarnings);
        Assert.Equal(raw.HeadlineHints, back.HeadlineHints);
        Assert.Equal(raw.TitleHint, back.TitleHint);
    }

    [Fact]
    public async Task Raw_bulletin_stored_before_formats_reads_back_as_text_without_hints()
    {
        var add = store.RawBulletins.AddAsync(StoreDocuments.Raw("old", new string('4', 64)));
        var stored = (await mock.ReceiveAsync())["documents"]![0]!.AsObject();
        await mock.ReplyAsync(Written(1));
        await add;
        foreach (var field in new[] { "format", "extractionWarnings", "titleHint", "headlineHints" }) stored.Remove(field);

        var read = store.RawBulletins.GetAsync("old");
        await mock.ReceiveAsync();
        await mock.ReplyAsync(FirstBatch("raw_bulletins", (JsonObject)stored.DeepClone()));
        var back = await read;
        Assert.Equal(BulletinFormat.Text, back!.Format);
        Assert.Empty(back.ExtractionWarnings);
        Assert.Empty(back.HeadlineHints);
        Assert.Null(back.TitleHint);
    }

    [Fact]
    public async Task Bulletin_document_carries_its_format_and_extraction_warnings()
    {
        var bulletin = StoreDocuments.Bulletin("docx") with { Format = BulletinFormat.Docx, ExtractionWarnings = ["2 tables flattened to one line per row"] };
        var write = store.Bulletins.UpsertAsync(bulletin, 0);
        var insert = await mock.ReceiveAsync();
        Assert.Equal("bulletins", insert["insert"]!.GetValue<string>());
        var stored = insert["documents"]![0]!;
        Assert.Equal("docx", stored["format"]!.GetValue<string>());
        Assert.Equal(["2 tables flattened to one line per row"], stored["extractionWarnings"]!.AsArray().Select(w => w!.GetValue<string>()));
        await mock.ReplyAsync(Written(1));
        Assert.True((await write).Succeeded);
    }
}
