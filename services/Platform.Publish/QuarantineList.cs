using Platform.Storage;

namespace Platform.Publish;

/// <summary><c>GET /v1/admin/quarantine</c>: events taken out of the outbox because the broker refused them.</summary>
/// <param name="Events">Oldest sequence first: sequence, CloudEvents id, type, subject, the reason and when.</param>
public sealed record QuarantineList(IReadOnlyList<QuarantinedEvent> Events);
