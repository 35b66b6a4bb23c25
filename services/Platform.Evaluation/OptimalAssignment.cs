namespace Platform.Evaluation;

/// <summary>
/// Minimum-cost assignment of a square matrix (the Hungarian method with potentials, O(n³)). Ported operation for
/// operation from the reference scorer, so that among equal-cost assignments it picks the same one.
/// </summary>
public static class OptimalAssignment
{
    /// <summary>The column assigned to each row of the square matrix <paramref name="cost"/>.</summary>
    public static int[] Solve(double[,] cost)
    {
        var n = cost.GetLength(0);
        if (cost.GetLength(1) != n) throw new ArgumentException("The cost matrix must be square.", nameof(cost));
        var u = new double[n + 1];
        var v = new double[n + 1];
        var p = new int[n + 1];
        var way = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = Enumerable.Repeat(double.PositiveInfinity, n + 1).ToArray();
            var used = new bool[n + 1];
            while (true)
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                var delta = double.PositiveInfinity;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j]) continue;
                    var cur = cost[i0 - 1, j - 1] - u[i0] - v[j];
                    if (cur < minv[j]) (minv[j], way[j]) = (cur, j0);
                    if (minv[j] < delta) (delta, j1) = (minv[j], j);
                }
                for (var j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
                if (p[j0] == 0) break;
            }
            while (true)
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
                if (j0 == 0) break;
            }
        }
        var columns = new int[n];
        for (var j = 1; j <= n; j++)
        {
            if (p[j] != 0) columns[p[j] - 1] = j - 1;
        }
        return columns;
    }
}
