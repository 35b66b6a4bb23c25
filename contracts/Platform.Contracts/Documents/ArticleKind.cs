using System.Text.Json.Serialization;

namespace Platform.Contracts.Documents;

/// <summary>What kind of page item an article document is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ArticleKind>))]
public enum ArticleKind
{
    /// <summary>A news story or report with a title and body.</summary>
    [JsonStringEnumMemberName("article")] Article,
    /// <summary>A photo caption; the photographers are the byline's authors.</summary>
    [JsonStringEnumMemberName("photo")] Photo,
    /// <summary>A quote box: a statement signed off by a named speaker.</summary>
    [JsonStringEnumMemberName("quote")] Quote,
    /// <summary>An advertisement or sponsor box.</summary>
    [JsonStringEnumMemberName("ad")] Ad,
    /// <summary>A short notice that is neither story, photo, quote nor ad.</summary>
    [JsonStringEnumMemberName("notice")] Notice,
}
