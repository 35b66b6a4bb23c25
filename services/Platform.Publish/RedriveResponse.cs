using Platform.Hosting.Messaging;

namespace Platform.Publish;

/// <summary>Answer of <c>POST /v1/admin/redrive</c>.</summary>
/// <param name="Moved">Messages moved back in all.</param>
/// <param name="Queues">Per consumer queue, how many came back from its _error queue.</param>
public sealed record RedriveResponse(long Moved, RedriveResult[] Queues);
