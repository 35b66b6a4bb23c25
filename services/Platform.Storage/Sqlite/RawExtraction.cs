using System.Text.Json;
using Platform.Contracts.Documents;

namespace Platform.Storage.Sqlite;

/// <summary>
/// What extraction recorded about a raw bulletin beside its text (format, warnings, the document's title and headline
/// lines), kept as one JSON column: nothing queries it, and rows written before it have none (plain text, no hints).
/// </summary>
internal sealed record RawExtraction(BulletinFormat Format, IReadOnlyList<string> Warnings, string? Title, IReadOnlyList<string> Headlines)
{
    private static readonly RawExtraction PlainText = new(BulletinFormat.Text, [], null, []);

    public static RawExtraction Of(RawBulletin raw) => new(raw.Format, raw.ExtractionWarnings, raw.TitleHint, raw.HeadlineHints);

    public static RawExtraction FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? PlainText : JsonSerializer.Deserialize<RawExtraction>(json, DocumentJson.Options) ?? PlainText;

    /// <summary>The format from its stored name (the JSON <c>format</c> value); none means plain text, as in <see cref="FromJson"/>.</summary>
    public static BulletinFormat FormatNamed(string? name) =>
        name is null ? PlainText.Format : JsonSerializer.Deserialize<BulletinFormat>(JsonSerializer.Serialize(name, DocumentJson.Options), DocumentJson.Options);

    public string ToJson() => JsonSerializer.Serialize(this, DocumentJson.Options);

    public RawBulletin ApplyTo(RawBulletin raw) =>
        raw with { Format = Format, ExtractionWarnings = Warnings ?? [], TitleHint = Title, HeadlineHints = Headlines ?? [] };
}
