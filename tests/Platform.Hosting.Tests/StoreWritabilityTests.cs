namespace Platform.Hosting.Tests;

public sealed class StoreWritabilityTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, double?, bool> Cases => new()
    {
        { "last check wrote", null, false },
        { "failing for a moment (a writer's lock under load)", 1, false },
        { "failing just under the grace", 2.9, false },
        { "failing for the grace", 3, true },
        { "failing for minutes", 240, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_writes_failing_for_the_grace_period_are_an_outage(string label, double? failingForSeconds, bool outage) =>
        Assert.True(outage == StoreWritability.IsOutage(failingForSeconds is { } s ? Now.AddSeconds(-s) : null, Now), label);
}
