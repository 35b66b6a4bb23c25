using Platform.Contracts.Documents;

namespace Platform.Parsing;

/// <summary>The parsed bulletin and its articles in reading order. Never null; problems are in warnings.</summary>
public sealed record ParseResult(Bulletin Bulletin, IReadOnlyList<Article> Articles)
{
    /// <summary>Null when the bulletin yields articles; otherwise why it cannot be used (the service rejects it).</summary>
    public string? RejectReason => Articles.Count > 0
        ? null
        : Bulletin.Warnings.Count > 0 ? string.Join("; ", Bulletin.Warnings) : "no articles found";
}
