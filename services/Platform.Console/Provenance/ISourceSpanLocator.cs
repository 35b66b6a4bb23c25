using Platform.Contracts.Documents;

namespace Platform.OperatorConsole.Provenance;

/// <summary>
/// Finds where each field of a parsed bulletin sits in its normalized source text. The console's one seam for
/// provenance: <see cref="StoredSpanLocator"/> reads the spans the parser stored with the documents.
/// </summary>
public interface ISourceSpanLocator
{
    IReadOnlyList<SourceHighlight> Locate(string sourceText, Bulletin bulletin, IReadOnlyList<Article> articles);
}
