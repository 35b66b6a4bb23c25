namespace Platform.Cli.Tests;

/// <summary>A theory over the development corpus in ../shared/corpus, reported as skipped where it is absent (a fresh clone).</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (RepositoryRoot.Shared("corpus", "docs") is null) Skip = "../shared/corpus is not beside this checkout";
    }
}
