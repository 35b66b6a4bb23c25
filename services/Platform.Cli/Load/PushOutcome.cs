namespace Platform.Cli.Load;

/// <summary>How the fetch service answered one push.</summary>
/// <param name="BulletinId">The id it assigned (202 accepted or 200 already stored), else null.</param>
/// <param name="Accepted">True for 202: a new bulletin whose publication the run waits for.</param>
/// <param name="Error">Kind of failure ("429 rate-limited", "timeout", "connection refused"…), or null.</param>
/// <param name="Bytes">Body size pushed.</param>
/// <param name="StartedAt">Stopwatch timestamp when the request started.</param>
/// <param name="Milliseconds">Time until the answer was read.</param>
public sealed record PushOutcome(string? BulletinId, bool Accepted, string? Error, int Bytes, long StartedAt, double Milliseconds);
