using Platform.Contracts.Documents;

namespace Platform.Parse;

/// <summary>
/// What a parse changes: the bulletin to store, the articles whose parse changed (to store over what is there), why
/// the bulletin is rejected (or null), and the messages to publish afterwards.
/// </summary>
public sealed record ParseDecision(Bulletin Bulletin, IReadOnlyList<Article> ChangedArticles, string? RejectReason, IReadOnlyList<object> Messages);
