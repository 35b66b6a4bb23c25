using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

/// <summary>A write sets only the columns whose value differs from the stored row; what cannot be compared cheaply is always set.</summary>
public sealed class SqliteColumnChangesTests
{
    public static TheoryData<object?, object?, bool> Pairs => new()
    {
        // wanted, stored, changed
        { "published", "published", false },
        { "published", "enriched", true },
        { "430105", "430105 ", true },
        { null, null, false },
        { null, DBNull.Value, false },
        { DBNull.Value, null, false },
        { null, "430105", true },
        { "430105", null, true },
        { 7, 7L, false },
        { 7, 8L, true },
        { 7, "7", true },
        { "7", 7L, true },
        { new byte[] { 1, 2 }, new byte[] { 1, 2 }, true },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_column_is_changed_unless_its_stored_value_is_the_wanted_one(object? wanted, object? stored, bool changed)
    {
        var result = SqliteColumnChanges.Of(new Dictionary<string, object?> { ["c"] = wanted }, new Dictionary<string, object?> { ["c"] = stored });

        Assert.Equal(changed, result.Contains("c"));
    }

    [Fact]
    public void A_column_the_stored_row_was_not_read_for_is_changed()
    {
        Assert.Equal(["doc"], SqliteColumnChanges.Of(new Dictionary<string, object?> { ["doc"] = new byte[] { 1 } }, new Dictionary<string, object?>()));
    }

    [Fact]
    public void Changed_columns_come_in_the_order_they_are_wanted()
    {
        var wanted = new Dictionary<string, object?> { ["status"] = "published", ["region_code"] = "430105", ["date"] = "2024-05-01", ["fp0"] = 3 };
        var stored = new Dictionary<string, object?> { ["status"] = "enriched", ["region_code"] = "430105", ["date"] = null, ["fp0"] = 3L };

        Assert.Equal(["status", "date"], SqliteColumnChanges.Of(wanted, stored));
    }

    [Theory]
    [InlineData("text", true)]
    [InlineData(null, true)]
    [InlineData(3, true)]
    [InlineData(3L, true)]
    [InlineData(1.5, false)]
    [InlineData(new byte[] { 1, 2 }, false)]
    public void Only_text_integers_and_nulls_are_read_back_to_compare(object? value, bool comparable)
    {
        Assert.Equal(comparable, SqliteColumnChanges.IsComparable(value));
    }
}
