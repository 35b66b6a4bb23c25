namespace Platform.Evaluation;

/// <summary>The score of one gold document.</summary>
/// <param name="N">The gold record's name.</param>
/// <param name="File">The file that was processed, or null when the folder has none for the record.</param>
/// <param name="Error">Why the file could not be processed, or null.</param>
/// <param name="Items">Item detection.</param>
/// <param name="Title">Exact titles over matched titled items.</param>
/// <param name="Authors">Exact author sets over matched items whose gold names the authors.</param>
/// <param name="Organization">Exact organizations over matched items whose gold has one.</param>
/// <param name="Region">Regions over matched items whose gold has one.</param>
/// <param name="Masthead">Masthead fields (and the date) right, where the gold has a masthead; else null.</param>
/// <param name="Misses">What was wrong, gold items first.</param>
public sealed record DocumentScore(
    string N,
    string? File,
    string? Error,
    ItemScore Items,
    FieldScore Title,
    FieldScore Authors,
    FieldScore Organization,
    FieldScore Region,
    FieldScore? Masthead,
    IReadOnlyList<Miss> Misses);
