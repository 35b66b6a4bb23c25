using System.Buffers;
using System.Text;
using System.Text.Json;
using Platform.Contracts.Documents;
using Platform.Storage.Json;

namespace Platform.Storage.Tests;

/// <summary>
/// Stores write a document's JSON without buffers the shared pools keep, and the bytes are exactly what the document
/// options write: stored blobs are compared byte for byte (an event references an article version when they match).
/// </summary>
public sealed class StoredJsonTests
{
    private const int Segment = SegmentedStringConverter.SegmentLength;

    public static TheoryData<string, string> Texts()
    {
        var data = new TheoryData<string, string>
        {
            { "empty", "" },
            { "short Chinese", "首都精神文明建设情况简报" },
            { "one segment exactly", new string('文', Segment) },
            { "one unit over a segment", new string('文', Segment + 1) },
            { "line breaks, quotes and backslashes over many segments", string.Concat(Enumerable.Repeat("第1段。\"志愿服务\"\\覆盖\n\n", 3 * Segment)) },
            { "control characters and HTML-sensitive ones", string.Concat(Enumerable.Repeat("a\u0001<b>&'\t\r", Segment)) },
            { "a surrogate pair across a segment boundary", new string('文', Segment - 1) + "😀" + new string('明', Segment) },
            { "surrogate pairs throughout", string.Concat(Enumerable.Repeat("𠀀文😀", 2 * Segment)) },
            { "a lone high surrogate at a segment end", new string('文', Segment - 1) + "\uD800" + new string('明', Segment) },
            { "a lone low surrogate at a segment start", new string('文', Segment) + "\uDC00" + new string('明', Segment) },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void An_article_is_written_as_the_document_options_write_it_and_reads_back_the_same(string name, string text)
    {
        var article = StoreDocuments.Article("sj", 1, title: text.Length > 64 ? text[..64] : text, text: text);

        var written = StoredJson.Serialize(article);

        Assert.True(JsonSerializer.SerializeToUtf8Bytes(article, DocumentJson.Options).AsSpan().SequenceEqual(written), name);
        var read = StoredJson.Deserialize<Article>(written)!;
        Assert.Equal(text, read.Text);
        Assert.Equal(text, Assert.Single(read.Paragraphs));
    }

    [Fact]
    public void A_bulletin_is_written_as_the_document_options_write_it()
    {
        var bulletin = StoreDocuments.Bulletin("sj");

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(bulletin, DocumentJson.Options), StoredJson.Serialize(bulletin));
    }

    [Fact]
    public void Writing_and_reading_a_maximum_size_article_leaves_no_buffer_of_its_size_in_the_shared_pools()
    {
        // The maximum text (4,000,000 UTF-16 units), one line break per paragraph as parsed text has them. Written by the
        // serializer's own buffers, the escaped text (six units per unit, from the shared char pool) and the JSON (from
        // the shared byte pool) were left in the writing thread's pool slots; read, the text was unescaped into a byte
        // array from the shared pool as long as its JSON.
        var text = string.Concat(Enumerable.Repeat("海淀区新时代文明实践中心组织志愿者深入社区开展志愿服务。\n\n", 4_000_000 / 31));
        var article = StoreDocuments.Article("sj", 2, text: text);
        (long Chars, long Bytes, long Unescaped) fresh = default;
        var length = 0;
        var read = "";

        var thread = new Thread(() =>
        {
            var json = StoredJson.Serialize(article);
            length = json.Length;
            read = StoredJson.Deserialize<Article>(json)!.Text;
            // On the same thread, a buffer of each size is rented again: from the thread's slot if the write or the read
            // left one there, which allocates nothing, else newly allocated.
            fresh = (ThreadAllocations.Of(() => ArrayPool<char>.Shared.Rent(6 * text.Length)), ThreadAllocations.Of(() => ArrayPool<byte>.Shared.Rent(length)),
                ThreadAllocations.Of(() => ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text))));
        });
        thread.Start();
        thread.Join();

        Assert.True(length > Encoding.UTF8.GetByteCount(text));
        Assert.True(fresh.Chars >= 2L * 6 * text.Length, $"renting the escape buffer's size allocated {fresh.Chars} bytes");
        Assert.True(fresh.Bytes >= length, $"renting the JSON's size allocated {fresh.Bytes} bytes");
        Assert.True(fresh.Unescaped >= Encoding.UTF8.GetByteCount(text), $"renting the text's size allocated {fresh.Unescaped} bytes");
        Assert.Equal(text, read);
    }
}
