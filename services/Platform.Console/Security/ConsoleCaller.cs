namespace Platform.OperatorConsole.Security;

/// <summary>Who is asking: the role their key grants (none without a key) and whether they may read and act.</summary>
public sealed record ConsoleCaller(ConsoleRole? Role, bool CanRead, bool CanAct, bool SignedIn);
