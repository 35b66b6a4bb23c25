namespace Platform.Hosting.Configuration;

/// <summary>Fails start-up naming the <c>Platform:DocumentMemory</c> setting that is wrong.</summary>
public sealed class DocumentMemoryOptionsValidator : SettingsValidator<DocumentMemoryOptions>
{
    protected override void Check(DocumentMemoryOptions options, List<string> errors)
    {
        if (options.BudgetChars is <= 0) errors.Add($"Platform:DocumentMemory:BudgetChars must be positive when set (was {options.BudgetChars}).");
        if (options.UnmeteredChars < 0) errors.Add($"Platform:DocumentMemory:UnmeteredChars must be 0 or more (was {options.UnmeteredChars}).");
    }
}
