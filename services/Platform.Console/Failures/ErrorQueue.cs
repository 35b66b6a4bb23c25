namespace Platform.OperatorConsole.Failures;

/// <summary>A dead-letter queue (<c>&lt;queue&gt;_error</c>) and how many messages wait in it.</summary>
public sealed record ErrorQueue(string Name, long Messages);
