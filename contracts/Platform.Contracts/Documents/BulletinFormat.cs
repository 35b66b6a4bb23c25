using System.Text.Json.Serialization;

namespace Platform.Contracts.Documents;

/// <summary>The format a bulletin arrived in; its page text was extracted from that format before parsing.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BulletinFormat>))]
public enum BulletinFormat
{
    /// <summary>Plain text in some charset (the default, and what documents stored before formats were recorded were).</summary>
    [JsonStringEnumMemberName("text")] Text,
    /// <summary>A web page: its main content was extracted.</summary>
    [JsonStringEnumMemberName("html")] Html,
    /// <summary>A PDF with a text layer.</summary>
    [JsonStringEnumMemberName("pdf")] Pdf,
    /// <summary>A Word document (Office Open XML).</summary>
    [JsonStringEnumMemberName("docx")] Docx,
}
