using Platform.Contracts.Documents;

namespace Platform.OperatorConsole.Provenance;

/// <summary>
/// Finds where each field of a parsed bulletin sits in its normalized source text. The console's one seam for
/// provenance: today <see cref="TextSearchSpanLocator"/> searches for the text; once the parser stores source spans
/// with the documents, an implementation that reads them replaces it here.
/// </summary>
public interface ISourceSpanLocator
{
    IReadOnlyList<SourceSpan> Locate(string sourceText, Bulletin bulletin, IReadOnlyList<Article> articles);
}
