using System.Text;
using Platform.Storage.Tests;
using static Platform.Storage.Mongo.Tests.Wire.WireDocuments;

namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>A maximum-size push reaches MongoDB as GridFS chunks plus a small document, never as one document over 16 MiB.</summary>
public sealed class RawContentWireTests : MockMongodStoreFixture
{
    [Fact]
    public async Task A_maximum_size_push_is_stored_as_gridfs_chunks_and_a_document_that_references_them()
    {
        // 10 MiB of GB18030 Chinese (the default Platform:Fetch:MaxBodyBytes) decodes to 15 MiB of UTF-8 text.
        var text = new string('文', 5 * 1024 * 1024);
        var bytes = new byte[10 * 1024 * 1024];
        Random.Shared.NextBytes(bytes);
        var bulletin = StoreDocuments.Raw("large", new string('7', 64)) with { Bytes = bytes, Text = text };
        var add = store.RawBulletins.AddAsync(bulletin);

        var duplicateCheck = await mock.ReceiveAsync();
        Assert.Equal("find", duplicateCheck.Name);
        Assert.Equal(new string('7', 64), duplicateCheck["filter"]!["sha256"]!.GetValue<string>());
        await mock.ReplyAsync(FirstBatch("raw_bulletins"));

        var served = await mock.ServeAsync(
            request => request.Name switch
            {
                "find" or "listIndexes" => FirstBatch(RawContentBucket.BucketName),
                "insert" => Written(request["documents"]!.AsArray().Count),
                _ => new JsonObject(),
            },
            request => request.Name == "insert" && request["insert"]!.GetValue<string>() == "raw_bulletins");
        var result = await add;
        Assert.Equal(new AddRawResult(true, "large"), result);

        var inserts = served.Where(r => r.Name == "insert").ToList();
        var chunks = inserts.Where(r => r["insert"]!.GetValue<string>() == "raw_bulletin_content.chunks").SelectMany(r => r["documents"]!.AsArray()).ToList();
        var files = inserts.Where(r => r["insert"]!.GetValue<string>() == "raw_bulletin_content.files").SelectMany(r => r["documents"]!.AsArray()).ToList();
        Assert.Equal(["large.bytes", "large.text"], files.Select(f => f!["filename"]!.GetValue<string>()));
        var totalLength = files.Sum(f => long.Parse(f!["length"]!.AsObject().First().Value!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(bytes.Length + Encoding.UTF8.GetByteCount(text), totalLength);
        Assert.True(chunks.Count > 2 * 16, $"{chunks.Count} chunks");
        Assert.All(inserts, i => Assert.Equal("majority", i["writeConcern"]!["w"]!.GetValue<string>()));

        var document = inserts[^1]["documents"]![0]!;
        Assert.Null(document["bytes"]);
        Assert.Null(document["text"]);
        Assert.Equal(files[0]!["_id"]!["$oid"]!.GetValue<string>(), document["content"]!["bytes"]!["$oid"]!.GetValue<string>());
        Assert.Equal(files[1]!["_id"]!["$oid"]!.GetValue<string>(), document["content"]!["text"]!["$oid"]!.GetValue<string>());
        Assert.True(Encoding.UTF8.GetByteCount(document.ToJsonString()) < 4096);
    }

    [Fact]
    public async Task A_bulletin_stored_in_gridfs_reads_back_with_its_bytes_and_text()
    {
        var bytesId = MongoDB.Bson.ObjectId.GenerateNewId().ToString();
        var textId = MongoDB.Bson.ObjectId.GenerateNewId().ToString();
        var bytes = new byte[] { 0xB9, 0xE3, 0xB6, 0xAB };
        var text = "广东";
        var stored = Stored(StoreDocuments.Raw("big", new string('8', 64)) with { Bytes = null!, Text = null! });
        stored["content"] = new JsonObject { ["bytes"] = Oid(bytesId), ["text"] = Oid(textId) };
        var files = new Dictionary<string, byte[]> { [bytesId] = bytes, [textId] = Encoding.UTF8.GetBytes(text) };

        var read = store.RawBulletins.GetAsync("big");
        await mock.ServeAsync(
            request =>
            {
                var collection = request["find"]!.GetValue<string>();
                var filter = request["filter"]!;
                return collection switch
                {
                    "raw_bulletins" => FirstBatch(collection, stored.DeepClone().AsObject()),
                    "raw_bulletin_content.files" => FirstBatch(collection, File(OidIn(filter["_id"]), files)),
                    _ => FirstBatch(collection, Chunk(OidIn(filter["files_id"]), files)),
                };
            },
            request => request["find"]!.GetValue<string>() == "raw_bulletin_content.chunks"
                && OidIn(request["filter"]!["files_id"]) == textId);
        var bulletin = await read;
        Assert.NotNull(bulletin);
        Assert.Equal(bytes, bulletin.Bytes);
        Assert.Equal(text, bulletin.Text);
        Assert.Equal(new string('8', 64), bulletin.Sha256);
    }

    private static JsonObject Oid(string id) => new() { ["$oid"] = id };

    /// <summary>The ObjectId a filter compares with, written as {$oid} or {$eq: {$oid}}.</summary>
    private static string OidIn(JsonNode? condition) => (condition!["$eq"] ?? condition)!["$oid"]!.GetValue<string>();

    private static JsonObject File(string id, Dictionary<string, byte[]> files) => new()
    {
        ["_id"] = Oid(id),
        ["length"] = new JsonObject { ["$numberLong"] = files[id].Length.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        ["chunkSize"] = new JsonObject { ["$numberInt"] = "261120" },
        ["uploadDate"] = new JsonObject { ["$date"] = new JsonObject { ["$numberLong"] = "1700000000000" } },
        ["filename"] = id,
    };

    private static JsonObject Chunk(string fileId, Dictionary<string, byte[]> files) => new()
    {
        ["_id"] = Oid(MongoDB.Bson.ObjectId.GenerateNewId().ToString()),
        ["files_id"] = Oid(fileId),
        ["n"] = new JsonObject { ["$numberInt"] = "0" },
        ["data"] = new JsonObject { ["$binary"] = new JsonObject { ["base64"] = Convert.ToBase64String(files[fileId]), ["subType"] = "00" } },
    };
}
