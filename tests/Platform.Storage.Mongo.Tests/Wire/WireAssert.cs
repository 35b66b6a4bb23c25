namespace Platform.Storage.Mongo.Tests.Wire;

/// <summary>What the driver must have sent, read off a captured request.</summary>
public static class WireAssert
{
    /// <summary>
    /// Asserts <paramref name="command"/> is a retryable single update (it carries a txnNumber) of
    /// <paramref name="collection"/>, and returns its one update statement.
    /// </summary>
    public static JsonNode RetryableUpdate(MockRequest command, string collection)
    {
        ArgumentNullException.ThrowIfNull(command);
        Assert.Equal("update", command.Name);
        Assert.Equal(collection, command["update"]!.GetValue<string>());
        Assert.NotNull(command["txnNumber"]);
        return command["updates"]![0]!;
    }
}
