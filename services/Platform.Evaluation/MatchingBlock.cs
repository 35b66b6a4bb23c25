namespace Platform.Evaluation;

/// <summary>a[A..A+Size) equals b[B..B+Size), in code points.</summary>
public readonly record struct MatchingBlock(int A, int B, int Size);
