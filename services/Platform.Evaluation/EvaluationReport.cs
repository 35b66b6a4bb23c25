namespace Platform.Evaluation;

/// <summary>The scores of every gold document and their totals (fields are micro-averaged over all checked values).</summary>
/// <param name="Documents">Per document, in gold order.</param>
/// <param name="DocumentsWithOutput">Gold documents for which a file was found and processed (even if it failed).</param>
/// <param name="Items">Item detection over all documents.</param>
/// <param name="Title">Exact titles.</param>
/// <param name="Authors">Exact author sets.</param>
/// <param name="Organization">Exact organizations.</param>
/// <param name="Region">Regions.</param>
public sealed record EvaluationReport(
    IReadOnlyList<DocumentScore> Documents,
    int DocumentsWithOutput,
    ItemScore Items,
    FieldScore Title,
    FieldScore Authors,
    FieldScore Organization,
    FieldScore Region);
