using Microsoft.Data.Sqlite;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

/// <summary>The statements the pipeline runs per message find their rows by an index on what they select by, never by a scan of a growing set.</summary>
public sealed class SqliteQueryPlanTests : IAsyncLifetime
{
    private readonly ScratchFolder _folder = new("store-plans-");

    private string DbPath => _folder.PathOf("platform.db");

    public async Task InitializeAsync() => await new SqliteDocumentStore(DbPath).InitializeAsync();

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_ids_of_a_bulletins_articles_in_a_status_are_read_through_the_bulletin_index()
    {
        var plan = await PlanAsync(SqliteArticleStore.ListIdsSql, ("@bid", "b-1"), ("@status", "published"));

        Assert.Contains("ix_articles_bulletin", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("ix_articles_status", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Near_duplicate_candidates_are_found_through_the_band_indexes_of_enriched_articles()
    {
        var plan = await PlanAsync(SqliteArticleStore.FingerprintCandidatesSql,
            ("@b0", 1), ("@b1", 2), ("@b2", 3), ("@b3", 4), ("@exclude", "b-1"), ("@limit", 10));

        for (var band = 0; band < 4; band++) Assert.Contains($"ix_articles_fp{band}_given (fp{band}=?)", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("region_code >= @a AND region_code < @b", "ix_articles_region_given")]
    [InlineData("date >= @a AND date <= @b", "ix_articles_date_given")]
    public async Task Region_and_date_ranges_are_read_through_the_indexes_of_enriched_articles(string where, string index)
    {
        var plan = await PlanAsync($"SELECT id FROM articles WHERE {where}", ("@a", "43"), ("@b", "44"));

        Assert.Contains(index, plan, StringComparison.Ordinal);
    }

    private async Task<string> PlanAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var c = new SqliteConnection($"Data Source={DbPath}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        var details = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) details.Add(r.GetString(3));
        return string.Join('\n', details);
    }
}
