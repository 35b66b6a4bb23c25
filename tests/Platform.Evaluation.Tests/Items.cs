namespace Platform.Evaluation.Tests;

/// <summary>Short constructors for gold and predicted items in test tables.</summary>
internal static class Items
{
    public static GoldItem Gold(string kind, string? title = null, string[]? authors = null, string? region = null,
        string? kicker = null, string? subtitle = null, string? organization = null, GoldAlternatives? accept = null) =>
        new(kind, kicker, title, subtitle, authors, organization, region, accept ?? GoldAlternatives.None);

    public static PredictedItem Predicted(string kind, string title = "", string[]? authors = null, string? region = null,
        string kicker = "", string subtitle = "", string organization = "") =>
        new(kind, kicker, title, subtitle, authors ?? [], organization, region);
}
