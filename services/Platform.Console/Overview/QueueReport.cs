namespace Platform.OperatorConsole.Overview;

/// <summary>The queues of the platform's vhost, or why they could not be read (null queues = not configured).</summary>
public sealed record QueueReport(IReadOnlyList<QueueDepth>? Queues, string? Problem)
{
    public static QueueReport NotConfigured { get; } = new(null, null);
}
