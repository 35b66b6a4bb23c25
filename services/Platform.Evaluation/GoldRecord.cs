namespace Platform.Evaluation;

/// <summary>The gold of one document.</summary>
/// <param name="N">The document's name: it is the file <c>&lt;N&gt;.txt</c> (or <c>&lt;N&gt;.*</c>) in the documents folder.</param>
/// <param name="Date">Publication date (yyyy-MM-dd), checked as a masthead field where the record has a masthead.</param>
/// <param name="Items">The items in reading order.</param>
/// <param name="Masthead">Bulletin issue facts (field name → expected value in text form; null values are not checked), or null.</param>
public sealed record GoldRecord(string N, string? Date, IReadOnlyList<GoldItem> Items, IReadOnlyDictionary<string, string?>? Masthead);
