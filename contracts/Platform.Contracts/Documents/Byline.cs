namespace Platform.Contracts.Documents;

/// <summary>Who wrote or supplied an article.</summary>
/// <param name="Raw">The byline exactly as printed (e.g. "本报讯(周钊梁 梁敏婷)"), or null when there is none.</param>
/// <param name="Authors">Individual names or source abbreviations, in printed order.</param>
/// <param name="Organization">Supplying organization (e.g. "海淀区文明办"), or null.</param>
/// <param name="Kind">How the byline was written.</param>
public sealed record Byline(string? Raw, IReadOnlyList<string> Authors, string? Organization, BylineKind Kind)
{
    /// <summary>A byline that was not found.</summary>
    public static Byline None { get; } = new(null, [], null, BylineKind.None);
}
