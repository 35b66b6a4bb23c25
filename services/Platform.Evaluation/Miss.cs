namespace Platform.Evaluation;

/// <summary>One thing extraction got wrong in a document.</summary>
/// <param name="Kind">title, authors, organization, region (a matched item's field was wrong), missed (a gold item found no match) or extra (a predicted item matched nothing).</param>
/// <param name="Item">The gold item's title or kind#position; for an extra item its kicker|title.</param>
/// <param name="Expected">The gold value, or null for an extra item.</param>
/// <param name="Got">The predicted value, or null for a missed item.</param>
public sealed record Miss(string Kind, string Item, string? Expected, string? Got);
