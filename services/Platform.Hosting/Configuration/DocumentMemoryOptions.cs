namespace Platform.Hosting.Configuration;

/// <summary>
/// Section <c>Platform:DocumentMemory</c> (env <c>Platform__DocumentMemory__*</c>): how many characters of large
/// documents one process works on at once (<see cref="Memory.DocumentMemoryBudget"/>).
/// </summary>
public sealed class DocumentMemoryOptions : ISettingsSection
{
    public static string Section => "Platform:DocumentMemory";

    /// <summary>
    /// Characters of documents over <see cref="UnmeteredChars"/> that parse, enrich and publish work on at once in one
    /// process. Unset: what the GC heap limit holds (<see cref="Memory.DocumentAdmission.BudgetFor"/>).
    /// </summary>
    public long? BudgetChars { get; set; }

    /// <summary>Documents up to this many characters enter without counting against the budget, so ordinary bulletins never wait.</summary>
    public int UnmeteredChars { get; set; } = 256 * 1024;
}
