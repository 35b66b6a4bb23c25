using Platform.Hosting.Configuration;

namespace Platform.Fetch.Configuration;

/// <summary>Fails start-up naming the <c>Platform:Formats</c> limit that is out of range.</summary>
public sealed class FormatOptionsValidator : SettingsValidator<FormatOptions>
{
    protected override void Check(FormatOptions options, List<string> errors)
    {
        if (options.MaxPages is < 1 or > 100_000) errors.Add($"Platform:Formats:MaxPages must be 1-100000 (was {options.MaxPages}).");
        if (options.MaxTextChars is < 1_000 or > 100_000_000) errors.Add($"Platform:Formats:MaxTextChars must be 1000-100000000 (was {options.MaxTextChars}).");
        if (options.MaxDecompressedBytes is < 1024 or > 16L << 30)
            errors.Add($"Platform:Formats:MaxDecompressedBytes must be 1 KiB-16 GiB (was {options.MaxDecompressedBytes}).");
        if (options.MaxHtmlDepth is < 16 or > 10_000) errors.Add($"Platform:Formats:MaxHtmlDepth must be 16-10000 (was {options.MaxHtmlDepth}).");
        if (options.MaxHtmlElements is < 1_000 or > 1_000_000)
            errors.Add($"Platform:Formats:MaxHtmlElements must be 1000-1000000 (was {options.MaxHtmlElements}).");
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(10))
            errors.Add($"Platform:Formats:Timeout must be positive and at most 10 minutes (was {options.Timeout}).");
    }
}
