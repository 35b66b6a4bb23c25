namespace Platform.OperatorConsole.Overview;

/// <summary>A broker queue as the management API reports it.</summary>
public sealed record QueueDepth(string Name, long Messages, long Ready, long Unacknowledged, int Consumers)
{
    public bool IsErrorQueue => Name.EndsWith("_error", StringComparison.Ordinal) || Name.EndsWith("_skipped", StringComparison.Ordinal);
}
