using Platform.Contracts.Documents;
using Platform.Formats;

namespace Platform.Cli;

/// <summary>A processed file: the bulletin and its enriched articles, or why the file could not be read as a bulletin.</summary>
/// <param name="Format">The detected input format, or null on failure.</param>
/// <param name="Encoding">The encoding the text was decoded from, or null on failure.</param>
/// <param name="Bulletin">The parsed bulletin (status rejected with the reason when it yields no articles), or null on failure.</param>
/// <param name="Articles">The enriched articles in reading order.</param>
/// <param name="Failure">Why the bytes are not bulletin text, or null.</param>
public sealed record ProcessedBulletin(InputFormat? Format, string? Encoding, Bulletin? Bulletin, IReadOnlyList<Article> Articles, ExtractionProblem? Failure)
{
    public static ProcessedBulletin Failed(ExtractionProblem failure) => new(null, null, null, [], failure);
}
