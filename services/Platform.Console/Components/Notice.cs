namespace Platform.OperatorConsole.Components;

/// <summary>The outcome of an action, shown at the top of the page.</summary>
public sealed record Notice(bool Ok, string Message)
{
    public static Notice Done(string message) => new(true, message);

    public static Notice Refused(string message) => new(false, message);
}
