using System.Text.Json;
using Platform.Contracts.Documents;

namespace Platform.Evaluation;

/// <summary>An extracted item in the form it is scored in: empty text for what is absent, names in comparison form.</summary>
/// <param name="Kind">The item kind's JSON name (article, photo, quote, ad, notice).</param>
/// <param name="Kicker">Kicker as printed, or "".</param>
/// <param name="Title">Title as printed, or "".</param>
/// <param name="Subtitle">Subtitle as printed, or "".</param>
/// <param name="Authors">Byline authors in comparison form (<see cref="ComparisonText"/>).</param>
/// <param name="Organization">Byline organization in comparison form, or "".</param>
/// <param name="Region">The primary region's code, or null.</param>
public sealed record PredictedItem(
    string Kind,
    string Kicker,
    string Title,
    string Subtitle,
    IReadOnlyList<string> Authors,
    string Organization,
    string? Region)
{
    public static PredictedItem From(Article article) => new(
        JsonSerializer.SerializeToElement(article.Kind, DocumentJson.Options).GetString()!.ToLowerInvariant(),
        article.Kicker ?? "",
        article.Title ?? "",
        article.Subtitle ?? "",
        article.Byline.Authors.Select(ComparisonText.Normalize).ToArray(),
        ComparisonText.Normalize(article.Byline.Organization),
        article.Enrichment?.Regions.Primary?.Code is { Length: > 0 } code ? code : null);
}
