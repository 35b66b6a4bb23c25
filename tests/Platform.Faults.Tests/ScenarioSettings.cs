namespace Platform.Faults.Tests;

/// <summary>The process scenarios' sizes, from the environment so CI stays within minutes and a longer run needs no edit.</summary>
public static class ScenarioSettings
{
    /// <summary>PLATFORM_FAULTS_BULLETINS: bulletins pushed per scenario (10).</summary>
    public static int Bulletins => Read("PLATFORM_FAULTS_BULLETINS", 10);

    /// <summary>PLATFORM_FAULTS_OUTAGE_SECONDS: how long the store stays write-locked (75; 300 for the audit's five minutes).</summary>
    public static TimeSpan Outage => TimeSpan.FromSeconds(Read("PLATFORM_FAULTS_OUTAGE_SECONDS", 75));

    /// <summary>Distinct bulletins made from the seeds, each with a line naming the scenario and its number.</summary>
    public static IEnumerable<string> Texts(string scenario)
    {
        var seeds = Platform.Integration.Tests.ServicePipeline.SeedTexts();
        return Enumerable.Range(0, Bulletins).Select(i => seeds[i % seeds.Count] + $"\n\n{scenario}第{i + 1}份。");
    }

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
