namespace Platform.OperatorConsole.Overview;

/// <summary>One readiness check (store, broker) as /health/ready sees it.</summary>
public sealed record ReadinessCheck(string Name, bool Healthy, string? Description);
