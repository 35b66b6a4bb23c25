namespace Platform.OperatorConsole.Security;

/// <summary>Marks a console page anyone may open (the sign-in page); every other page needs read access.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicConsolePageAttribute : Attribute;
