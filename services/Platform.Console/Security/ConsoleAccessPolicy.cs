namespace Platform.OperatorConsole.Security;

/// <summary>Who may see the console's read-only pages and who may act. Pure: the request's facts in, a verdict out.</summary>
public static class ConsoleAccessPolicy
{
    /// <summary>Read pages: any recognised key, or no key at all for loopback callers while <paramref name="openOnLoopback"/>.</summary>
    public static bool CanRead(bool fromLoopback, bool openOnLoopback, ConsoleRole? role) =>
        role is not null || (fromLoopback && openOnLoopback);

    /// <summary>Actions: only an admin key, wherever the caller is (the antiforgery token is checked separately).</summary>
    public static bool CanAct(ConsoleRole? role) => role == ConsoleRole.Admin;
}
