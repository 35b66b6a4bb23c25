namespace Platform.Formats;

/// <summary>Why a body cannot be a bulletin; <see cref="ProblemType"/> is the RFC 9457 type suffix (urn:platform:problem:…).</summary>
/// <remarks>
/// The types: <c>empty-body</c>, <c>binary-body</c>, <c>unsupported-charset</c>, <c>undecodable-body</c>,
/// <c>unsupported-format</c>, <c>malformed-document</c>, <c>encrypted-document</c>, <c>no-text-layer</c>,
/// <c>document-too-large</c>, <c>document-too-complex</c>.
/// </remarks>
public sealed record ExtractionProblem(string ProblemType, string Title, string Detail)
{
    public static ExtractionProblem Empty(string detail) => new("empty-body", "Empty bulletin", detail);

    public static ExtractionProblem Binary(string detail) => new("binary-body", "Binary content", detail);

    public static ExtractionProblem Malformed(string detail) => new("malformed-document", "Malformed document", detail);

    public static ExtractionProblem Encrypted(string detail) => new("encrypted-document", "Encrypted document", detail);

    public static ExtractionProblem TooLarge(string detail) => new("document-too-large", "Document too large", detail);

    public static ExtractionProblem TooComplex(string detail) => new("document-too-complex", "Document too complex", detail);

    public static ExtractionProblem Unsupported(string formatName) => new("unsupported-format", "Unsupported format",
        $"{formatName} cannot be read; send text, HTML, PDF or DOCX (save the document as .docx or PDF).");

    public static ExtractionProblem NoTextLayer(string detail) => new("no-text-layer", "No text layer", detail);
}
