namespace Platform.Storage;

/// <summary>A webhook subscription (collection <c>subscriptions</c>): where matching public events are POSTed, and how far delivery got.</summary>
/// <param name="Id">Subscription id (generated).</param>
/// <param name="Url">The http(s) URL events are POSTed to.</param>
/// <param name="Pattern">AMQP topic pattern over routing keys (<c>*</c> one word, <c>#</c> zero or more).</param>
/// <param name="Secret">Shared HMAC-SHA256 signing secret. Stored as given because signing needs it; never returned by the API.</param>
/// <param name="Description">Free text from the operator, or null.</param>
/// <param name="CreatedAt">When the subscription was created.</param>
/// <param name="Cursor">Sequence of the last event delivered (or skipped as not matching); delivery resumes after it.</param>
/// <param name="ConsecutiveFailures">Failed attempts since the last success; the next attempt is number <c>ConsecutiveFailures + 1</c>.</param>
/// <param name="DisabledAt">When delivery was stopped after too many failures, or null while active.</param>
/// <param name="DisabledReason">Why delivery was stopped, or null while active.</param>
public sealed record Subscription(
    string Id,
    string Url,
    string Pattern,
    string Secret,
    string? Description,
    DateTimeOffset CreatedAt,
    long Cursor,
    int ConsecutiveFailures,
    DateTimeOffset? DisabledAt,
    string? DisabledReason);
