namespace Platform.OperatorConsole.Security;

/// <summary>Endpoint metadata of the console's pages, so the access check leaves the host's other endpoints alone.</summary>
public sealed class ConsoleEndpoint
{
    public static ConsoleEndpoint Instance { get; } = new();
}
