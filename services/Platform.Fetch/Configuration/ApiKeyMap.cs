using Platform.Hosting.Http;

namespace Platform.Fetch.Configuration;

/// <summary>
/// <c>Platform:Fetch:ApiKeys</c> parsed: "source=key" pairs, comma-separated, keys of at least
/// <see cref="MinKeyLength"/> characters, held as hash → source id.
/// </summary>
public sealed class ApiKeyMap
{
    public const int MinKeyLength = 8;
    public const string Format = "Platform:Fetch:ApiKeys must be a comma-separated list of source=key with keys of at least 8 characters.";

    private readonly Dictionary<string, string> _sourceByHash;

    private ApiKeyMap(Dictionary<string, string> sourceByHash) => _sourceByHash = sourceByHash;

    /// <summary>The source whose configured key hashes to <paramref name="hash"/>, or null.</summary>
    public string? SourceOf(string hash) => _sourceByHash.GetValueOrDefault(hash);

    /// <summary>Null and an error naming the setting when <paramref name="setting"/> is malformed.</summary>
    public static (ApiKeyMap? Map, string? Error) Parse(string? setting)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length < MinKeyLength) return (null, Format);
            map[ApiKeyCredentials.Hash(parts[1])] = parts[0];
        }
        return (new ApiKeyMap(map), null);
    }
}
