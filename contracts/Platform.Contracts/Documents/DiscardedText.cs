namespace Platform.Contracts.Documents;

/// <summary>Input text that belongs to no article field, kept so that nothing is silently lost.</summary>
/// <param name="Text">The discarded text as it appeared.</param>
/// <param name="Reason">Why it was set aside: one of the values of DiscardReasons (e.g. "masthead", "page-meta").</param>
public sealed record DiscardedText(string Text, string Reason);
