namespace Platform.Faults.Tests;

/// <summary>One row of the fault suite's table (issue 13 closing note).</summary>
public sealed record ScenarioRow(string Scenario, int Bulletins, int Lost, int Stranded, int Duplicated, TimeSpan TimeToRecover);

/// <summary>Writes the rows the process scenarios measured to tests/artifacts/faults-table.md, one line per scenario, newest kept.</summary>
public static class ScenarioTable
{
    private const string Header = "| scenario | bulletins | lost | stranded | duplicated | time to recover |\n|---|---|---|---|---|---|\n";
    private static readonly Lock Gate = new();

    public static string Path => RepositoryRoot.Combine("tests", "artifacts", "faults-table.md");

    public static void Record(ScenarioRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        lock (Gate)
        {
            var rows = File.Exists(Path)
                ? File.ReadAllLines(Path).Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| scenario ", StringComparison.Ordinal)).ToList()
                : [];
            rows.RemoveAll(l => l.StartsWith($"| {row.Scenario} |", StringComparison.Ordinal));
            rows.Add($"| {row.Scenario} | {row.Bulletins} | {row.Lost} | {row.Stranded} | {row.Duplicated} | {row.TimeToRecover.TotalSeconds:0.0} s |");
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            File.WriteAllText(Path, Header + string.Join('\n', rows) + "\n");
        }
    }
}
