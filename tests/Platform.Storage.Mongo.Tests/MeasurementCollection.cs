namespace Platform.Storage.Mongo.Tests;

/// <summary>Memory and timing measurements run alone, so other tests' allocations do not show up in them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasurementCollection
{
    public const string Name = "measurements";
}
