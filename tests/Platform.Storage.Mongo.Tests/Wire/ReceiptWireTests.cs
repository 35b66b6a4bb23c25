using Platform.Contracts.Documents;
using Platform.Storage.Tests;
using static Platform.Storage.Mongo.Tests.Wire.WireDocuments;

namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>A receipt is one find whose projection leaves the content on the server; GridFS is never asked.</summary>
public sealed class ReceiptWireTests : MockMongodStoreFixture
{
    private static readonly string[] ContentFields = ["bytes", "text", "content", "extractionWarnings", "titleHint", "headlineHints"];

    private static readonly RawBulletin Large = StoreDocuments.Raw("large", new string('9', 64)) with
    {
        Encoding = null,
        ContentType = "application/pdf",
        Format = BulletinFormat.Pdf,
        HeadlineHints = ["凝心聚力，共建文明城市"],
        Announced = true,
    };

    [Fact]
    public async Task The_receipt_of_a_bulletin_kept_in_gridfs_is_read_by_one_projected_find()
    {
        var read = store.RawBulletins.GetReceiptAsync("large");
        var find = await mock.ReceiveAsync();
        Assert.Equal(("find", "raw_bulletins", "large"), (find.Name, find["find"]!.GetValue<string>(), find["filter"]!["_id"]!.GetValue<string>()));
        var projection = find["projection"]!.AsObject();
        AssertLeavesContentOnTheServer(projection);
        await mock.ReplyAsync(FirstBatch("raw_bulletins", Projected(StoredInGridFs(Large), projection)));

        Assert.Equal(RawBulletinReceipt.Of(Large), await read);
        await AssertNextRequestIsAPingAsync();
    }

    [Fact]
    public async Task Unannounced_receipts_are_listed_by_one_projected_find()
    {
        var pending = Large with { Announced = false };
        var list = store.RawBulletins.ListUnannouncedAsync(10);
        var find = await mock.ReceiveAsync();
        Assert.Equal(("find", "raw_bulletins"), (find.Name, find["find"]!.GetValue<string>()));
        Assert.False(find["filter"]!["announced"]!.GetValue<bool>());
        var projection = find["projection"]!.AsObject();
        AssertLeavesContentOnTheServer(projection);
        await mock.ReplyAsync(FirstBatch("raw_bulletins", Projected(StoredInGridFs(pending), projection)));

        Assert.Equal([RawBulletinReceipt.Of(pending)], await list);
        await AssertNextRequestIsAPingAsync();
    }

    /// <summary>An inclusion projection (so nothing it does not name is sent) that names no content field.</summary>
    private static void AssertLeavesContentOnTheServer(JsonObject projection)
    {
        Assert.NotEmpty(projection);
        Assert.All(projection, field => Assert.Equal("1", field.Value!["$numberInt"]!.GetValue<string>()));
        Assert.DoesNotContain(projection, field => ContentFields.Contains(field.Key));
    }

    /// <summary>A raw document as stored when its content went to GridFS: no inline bytes or text, a reference instead.</summary>
    private static JsonObject StoredInGridFs(RawBulletin raw)
    {
        var stored = Stored(raw with { Bytes = null!, Text = null! });
        stored["content"] = new JsonObject
        {
            ["bytes"] = new JsonObject { ["$oid"] = MongoDB.Bson.ObjectId.GenerateNewId().ToString() },
            ["text"] = new JsonObject { ["$oid"] = MongoDB.Bson.ObjectId.GenerateNewId().ToString() },
        };
        return stored;
    }

    /// <summary>What the server sends back for an inclusion projection: the named fields and _id.</summary>
    private static JsonObject Projected(JsonObject stored, JsonObject projection)
    {
        var sent = new JsonObject();
        foreach (var (name, value) in stored)
        {
            if (name == "_id" || projection.ContainsKey(name)) sent[name] = value?.DeepClone();
        }
        return sent;
    }
}
