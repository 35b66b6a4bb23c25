namespace Platform.Evaluation.Tests;

public sealed class OptimalAssignmentTests
{
    // Columns per row as the reference scorer's _hungarian returns them (computed once with Python 3.11); the
    // tied cases have several optimal assignments and the expected one is the one Python picks.
    public static TheoryData<string, double[][], int[]> Cases() => new()
    {
        { "one cell", [[5]], [0] },
        { "all zero", [[0, 0, 0], [0, 0, 0], [0, 0, 0]], [0, 1, 2] },
        { "classic", [[4, 1, 3], [2, 0, 5], [3, 2, 2]], [1, 0, 2] },
        { "mixed 4x4", [[9, 2, 7, 8], [6, 4, 3, 7], [5, 8, 1, 8], [7, 6, 9, 4]], [1, 0, 2, 3] },
        { "equal pairs", [[-10.6, -10.6], [-10.6, -10.6]], [0, 1] },
        { "padded column", [[-10.7, 0], [-10.9, 0]], [1, 0] },
        { "tie A", [[-10.8, 0, -10.8, -10.8], [-10.6, -10.6, -10.8, -10.6], [-10.8, -10.6, -10.8, -10.6], [0, 0, -10.6, -10.6]], [3, 1, 0, 2] },
        { "tie B", [[-10.8, -10.6, -10.8, 0], [0, 0, 0, 0], [-10.6, -10.6, 0, 0], [-10.6, 0, -10.6, -10.8]], [2, 1, 0, 3] },
        { "tie C", [[-10.6, 0, -10.8, 0], [-10.6, 0, -10.8, 0], [0, -10.6, 0, -10.6], [0, -10.6, -10.8, -10.6]], [2, 0, 1, 3] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Picks_the_same_minimum_cost_assignment_as_the_reference(string name, double[][] rows, int[] expected)
    {
        var cost = new double[rows.Length, rows.Length];
        for (var i = 0; i < rows.Length; i++)
            for (var j = 0; j < rows.Length; j++)
                cost[i, j] = rows[i][j];
        Assert.True(expected.SequenceEqual(OptimalAssignment.Solve(cost)), name);
    }

    [Fact]
    public void Refuses_a_matrix_that_is_not_square() =>
        Assert.Throws<ArgumentException>(() => OptimalAssignment.Solve(new double[2, 3]));
}
