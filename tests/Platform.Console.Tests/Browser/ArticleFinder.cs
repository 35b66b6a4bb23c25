using System.Text.Json;

namespace Platform.Console.Tests.Browser;

/// <summary>Finds articles through the public query API, as an operator's script would.</summary>
public static class ArticleFinder
{
    /// <summary>The seed article about 海淀区 (GB/T 2260 110108).</summary>
    public static async Task<JsonElement> HaidianAsync(HttpClient api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var items = JsonDocument.Parse(await api.GetStringAsync("v1/articles?region=110108")).RootElement.GetProperty("items");
        return items.EnumerateArray().First(a => a.GetProperty("title").GetString()?.Contains("海淀区", StringComparison.Ordinal) == true);
    }

    /// <summary>Every published article, following the cursor.</summary>
    public static async Task<List<JsonElement>> AllPublishedAsync(HttpClient api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var all = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = JsonDocument.Parse(await api.GetStringAsync("v1/articles?limit=500" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)))).RootElement;
            all.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return all;
    }
}
