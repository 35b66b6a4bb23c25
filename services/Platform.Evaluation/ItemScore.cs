namespace Platform.Evaluation;

/// <summary>Item detection: how many gold items were found (recall) and how many predicted items are real (precision).</summary>
public sealed record ItemScore(int Gold, int Predicted, int Matched)
{
    public double Precision => Predicted > 0 ? (double)Matched / Predicted : 0.0;

    public double Recall => Gold > 0 ? (double)Matched / Gold : 0.0;

    public double F1 => Recall + Precision > 0 ? 2 * Recall * Precision / (Recall + Precision) : 0.0;

    public static ItemScore operator +(ItemScore x, ItemScore y) => new(x.Gold + y.Gold, x.Predicted + y.Predicted, x.Matched + y.Matched);
}
