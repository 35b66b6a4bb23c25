namespace Platform.Publish;

/// <summary>
/// One event of a round as the channel sent it: its outbox sequence, its body size, and the channel's publish sequence
/// number, or null when the client never gave it one (it was not sent).
/// </summary>
public readonly record struct ChannelPublish(long Sequence, int Bytes, ulong? PublishSequence);
