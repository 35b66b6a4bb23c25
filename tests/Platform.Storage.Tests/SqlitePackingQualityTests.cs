using Platform.Contracts.Documents;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

public sealed class SqlitePackingQualityTests
{
    [Theory]
    [InlineData(PipelineStatus.Received, SqlitePackingQuality.Passing)]
    [InlineData(PipelineStatus.Parsed, SqlitePackingQuality.Passing)]
    [InlineData(PipelineStatus.Enriched, SqlitePackingQuality.Passing)]
    [InlineData(PipelineStatus.Published, SqlitePackingQuality.Kept)]
    [InlineData(PipelineStatus.Rejected, SqlitePackingQuality.Kept)]
    public void Documents_the_next_stage_replaces_pack_fast_and_documents_that_stay_pack_small(PipelineStatus status, int quality) =>
        Assert.Equal(quality, SqlitePackingQuality.Of(status));

    [Fact]
    public void A_document_packed_fast_unpacks_to_the_same_bytes()
    {
        var json = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"title\":\"海淀区新时代文明实践中心\"},", 40)));
        Assert.Equal(json, SqlitePacking.Unpack(SqlitePacking.Pack(json, SqlitePackingQuality.Passing)));
    }
}
