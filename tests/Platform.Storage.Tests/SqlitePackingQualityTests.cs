using Platform.Contracts.Documents;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

public sealed class SqlitePackingQualityTests
{
    [Theory]
    [InlineData(PipelineStatus.Received, SqlitePackingQuality.Fast)]
    [InlineData(PipelineStatus.Parsed, SqlitePackingQuality.Fast)]
    [InlineData(PipelineStatus.Enriched, SqlitePackingQuality.Fast)]
    [InlineData(PipelineStatus.Published, SqlitePackingQuality.Fast)]
    [InlineData(PipelineStatus.Rejected, SqlitePackingQuality.Small)]
    public void Documents_written_on_the_pipelines_path_pack_fast_and_a_rejected_one_packs_small(PipelineStatus status, int quality) =>
        Assert.Equal(quality, SqlitePackingQuality.Of(status));

    [Fact]
    public void A_document_packed_fast_unpacks_to_the_same_bytes()
    {
        var json = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"title\":\"海淀区新时代文明实践中心\"},", 40)));
        Assert.Equal(json, SqlitePacking.Unpack(SqlitePacking.Pack(json, SqlitePackingQuality.Fast)));
    }
}
