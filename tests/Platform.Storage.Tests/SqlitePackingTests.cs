using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

public sealed class SqlitePackingTests
{
    [Theory]
    [InlineData("")]
    [InlineData("{\"title\":\"海淀区新时代文明实践中心\"}")]
    public void Packed_text_unpacks_to_the_same_bytes_and_packing_is_deterministic(string text)
    {
        var packed = SqlitePacking.Pack(text);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text), SqlitePacking.Unpack(packed));
        Assert.Equal(packed, SqlitePacking.Pack(text));
    }

    [Fact]
    public void Repetitive_json_packs_to_a_fraction_of_its_size()
    {
        var json = string.Concat(Enumerable.Repeat("{\"region\":{\"code\":\"110108\",\"name\":\"海淀区\",\"province\":\"北京市\"}},", 50));
        Assert.True(SqlitePacking.Pack(json).Length * 5 < System.Text.Encoding.UTF8.GetByteCount(json));
    }

    [Fact]
    public void A_corrupt_packed_value_is_refused()
    {
        var packed = SqlitePacking.Pack("正文正文正文，文明实践，志愿服务。");
        Assert.Throws<InvalidDataException>(() => SqlitePacking.Unpack(packed.AsSpan(0, packed.Length - 3)));
    }
}
