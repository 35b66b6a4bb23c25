namespace Platform.Contracts.Documents;

/// <summary>One term that supports a topic.</summary>
/// <param name="Term">The matched term.</param>
/// <param name="Where">"title", "kicker", "subtitle" or "body".</param>
/// <param name="Count">How often it matched there.</param>
public sealed record TopicEvidence(string Term, string Where, int Count);
