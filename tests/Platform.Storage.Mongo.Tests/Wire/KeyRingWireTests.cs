using static Platform.Storage.Mongo.Tests.Wire.WireDocuments;

namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>The data-protection key ring through the driver against the scripted server: one document per key, never rewritten.</summary>
public sealed class KeyRingWireTests : MockMongodStoreFixture
{
    private const string Key = "<key id=\"0b4f\" version=\"1\"><creationDate>2026-12-01T00:00:00Z</creationDate></key>";

    [Fact]
    public async Task A_key_is_inserted_under_its_name_and_a_second_copy_of_the_name_is_ignored()
    {
        var add = store.KeyRing.AddAsync("key-0b4f", Key);
        var insert = await mock.ReceiveAsync();
        Assert.Equal("insert", insert.Name);
        Assert.Equal("data_protection_keys", insert["insert"]!.GetValue<string>());
        var document = insert["documents"]![0]!;
        Assert.Equal(("key-0b4f", Key), (document["_id"]!.GetValue<string>(), document["xml"]!.GetValue<string>()));
        Assert.NotNull(document["addedAt"]!["$date"]);
        await mock.ReplyAsync(Written(1));
        await add;

        var again = store.KeyRing.AddAsync("key-0b4f", "<key id=\"other\" />");
        Assert.Equal("insert", (await mock.ReceiveAsync()).Name);
        await mock.ReplyAsync(DuplicateKey("_id_"));
        await again;
        await AssertNextRequestIsAPingAsync();
    }

    [Fact]
    public async Task The_ring_is_every_key_oldest_first()
    {
        var list = store.KeyRing.ListAsync();
        var find = await mock.ReceiveAsync();
        Assert.Equal("find", find.Name);
        Assert.Equal("data_protection_keys", find["find"]!.GetValue<string>());
        Assert.Equal("1", find["sort"]!["addedAt"]!["$numberInt"]!.GetValue<string>());
        await mock.ReplyAsync(FirstBatch("data_protection_keys",
            new JsonObject { ["_id"] = "key-1", ["xml"] = "<key id=\"1\" />" },
            new JsonObject { ["_id"] = "key-2", ["xml"] = "<key id=\"2\" />" }));
        Assert.Equal(["<key id=\"1\" />", "<key id=\"2\" />"], await list);
    }
}
