namespace Platform.Storage.Mongo;

/// <summary>What the hosting layer needs to trace the MongoDB store with OpenTelemetry.</summary>
public static class MongoStoreTelemetry
{
    /// <summary>
    /// The driver's ActivitySource: one span per operation (find, insert, commitTransaction…) with the
    /// database semantic conventions. Add it to the tracer: <c>tracing.AddSource(MongoStoreTelemetry.ActivitySourceName)</c>.
    /// </summary>
    public const string ActivitySourceName = MongoTelemetry.ActivitySourceName;
}
