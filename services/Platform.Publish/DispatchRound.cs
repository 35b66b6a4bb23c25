namespace Platform.Publish;

/// <summary>What the broker answered for one batch of events.</summary>
/// <param name="Confirmed">Sequences the broker confirmed.</param>
/// <param name="Refused">Sequences it refused (negative confirm), with what it answered.</param>
/// <param name="Failure">The first error of the batch (a refusal or a lost channel), or null when all were confirmed.</param>
internal sealed record DispatchRound(List<long> Confirmed, List<(long Sequence, string Reason)> Refused, Exception? Failure);
