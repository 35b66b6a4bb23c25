namespace Platform.Formats;

/// <summary>Raised deep inside an extractor to stop at once with a named problem; caught by <see cref="DocumentExtractor"/>.</summary>
internal sealed class ExtractionFailedException(ExtractionProblem problem) : Exception(problem.Detail)
{
    public ExtractionProblem Problem { get; } = problem;
}
