namespace Platform.OperatorConsole.Security;

/// <summary>What a console key allows: viewers read, admins also act.</summary>
public enum ConsoleRole
{
    Viewer,
    Admin,
}
