namespace Platform.Evaluation;

/// <summary>How many of the checked values of one field (over matched items) were exactly right.</summary>
public sealed record FieldScore(int Correct, int Total)
{
    public static FieldScore None { get; } = new(0, 0);

    /// <summary>Correct / Total, or null when nothing was checked.</summary>
    public double? Accuracy => Total > 0 ? (double)Correct / Total : null;

    public FieldScore Add(bool correct) => new(Correct + (correct ? 1 : 0), Total + 1);

    public static FieldScore operator +(FieldScore x, FieldScore y) => new(x.Correct + y.Correct, x.Total + y.Total);
}
