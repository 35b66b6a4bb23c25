namespace Platform.Storage;

/// <summary>A processing failure worth an operator's attention (collection <c>failures</c>).</summary>
/// <param name="Stage">"fetch", "parse", "enrich" or "publish".</param>
/// <param name="SubjectId">Bulletin or article id.</param>
/// <param name="Reason">What went wrong.</param>
/// <param name="At">When.</param>
public sealed record Failure(string Stage, string SubjectId, string Reason, DateTimeOffset At);
