using System.Text.Json.Serialization;

namespace Platform.Contracts.Documents;

/// <summary>Where and how a byline was written on the page.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BylineKind>))]
public enum BylineKind
{
    /// <summary>No byline was found.</summary>
    [JsonStringEnumMemberName("none")] None,
    /// <summary>A newsflash lead such as 本报讯(作者 作者) opening the first paragraph.</summary>
    [JsonStringEnumMemberName("newsflash")] Newsflash,
    /// <summary>A standalone author line under the title (巨正措; 方文婷 陈磊).</summary>
    [JsonStringEnumMemberName("author")] Author,
    /// <summary>A source abbreviation such as 津文 or 福清文.</summary>
    [JsonStringEnumMemberName("source")] Source,
    /// <summary>A trailing organization in parentheses, e.g. (海淀区文明办).</summary>
    [JsonStringEnumMemberName("organization")] Organization,
    /// <summary>A speaker's sign-off introduced by ——, as under quote boxes.</summary>
    [JsonStringEnumMemberName("signoff")] Signoff,
    /// <summary>Photographers of a photo caption (… 摄).</summary>
    [JsonStringEnumMemberName("photographer")] Photographer,
}
