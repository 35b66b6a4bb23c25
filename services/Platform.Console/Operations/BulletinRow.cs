using Platform.Contracts.Documents;

namespace Platform.OperatorConsole.Operations;

/// <summary>One line of the bulletin list.</summary>
public sealed record BulletinRow(
    string Id, string SourceId, DateTimeOffset ReceivedAt, DateOnly? Date, PipelineStatus Status, int Items, string? RejectReason, string? Headline);
