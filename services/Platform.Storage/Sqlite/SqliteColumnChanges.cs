namespace Platform.Storage.Sqlite;

/// <summary>
/// Which columns of a versioned write differ from the stored row. SQLite rewrites the index entries of every column an
/// UPDATE sets, even to the value it already holds, and each such entry is a page of the write-ahead log; each stage
/// rewrote all of an article's indexed columns to change one or two, most of the pipeline's disk writes.
/// </summary>
internal static class SqliteColumnChanges
{
    /// <summary>The names in <paramref name="wanted"/> whose value is not the one in <paramref name="stored"/>, in the order of <paramref name="wanted"/>.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyDictionary<string, object?> wanted, IReadOnlyDictionary<string, object?> stored)
    {
        var changed = new List<string>(wanted.Count);
        foreach (var (name, value) in wanted)
        {
            if (!stored.TryGetValue(name, out var current) || !Same(value, current)) changed.Add(name);
        }
        return changed;
    }

    /// <summary>Whether a column's stored value can be compared cheaply; other values (packed documents) are always written.</summary>
    public static bool IsComparable(object? value) => value is null or DBNull or string || IsInteger(value);

    private static bool Same(object? wanted, object? stored)
    {
        if (wanted is null or DBNull) return stored is null or DBNull;
        if (wanted is string s) return stored is string t && string.Equals(s, t, StringComparison.Ordinal);
        if (IsInteger(wanted) && IsInteger(stored)) return Convert.ToInt64(wanted, System.Globalization.CultureInfo.InvariantCulture) == Convert.ToInt64(stored, System.Globalization.CultureInfo.InvariantCulture);
        return false;
    }

    private static bool IsInteger(object? value) => value is int or long or short or ushort or uint or byte or sbyte;
}
