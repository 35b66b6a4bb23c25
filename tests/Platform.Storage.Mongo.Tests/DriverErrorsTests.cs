using System.Net;
using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.Core.Clusters;
using MongoDB.Driver.Core.Connections;
using MongoDB.Driver.Core.Servers;

namespace Platform.Storage.Mongo.Tests;

public sealed class DriverErrorsTests
{
    private static readonly ConnectionId Connection = new(new ServerId(new ClusterId(), new DnsEndPoint("127.0.0.1", 27017)));

    public static TheoryData<string, Exception, Type?> Cases => new()
    {
        { "no server in time", new TimeoutException("A timeout occurred after 30000ms selecting a server"), typeof(StoreUnavailableException) },
        { "connection lost", new MongoConnectionException(Connection, "socket closed"), typeof(StoreUnavailableException) },
        { "not primary", Command(10107, "not primary"), typeof(StoreUnavailableException) },
        { "shutting down", Command(91, "shutdown in progress"), typeof(StoreUnavailableException) },
        { "duplicate key", Command(11000, "E11000 duplicate key"), typeof(ConcurrencyConflictException) },
        { "write conflict past the transaction retries", Command(112, "WriteConflict"), typeof(ConcurrencyConflictException) },
        { "bad value", Command(2, "BadValue"), typeof(StoreException) },
        { "too large", new FormatException("Size 17000000 is larger than MaxDocumentSize 16777216."), typeof(StoreException) },
        { "lone surrogate", new System.Text.EncoderFallbackException("Unable to translate Unicode character"), typeof(StoreException) },
        { "cancelled", new OperationCanceledException(), null },
        { "a bug", new InvalidOperationException("not the driver's"), null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Driver_errors_become_the_ports_exceptions(string because, Exception error, Type? expected)
    {
        var translated = DriverErrors.Translate(error, "articles document 'x-01'", TimeSpan.FromSeconds(30));
        Assert.True(expected == translated?.GetType(), $"{because}: {translated?.GetType().Name ?? "null"}");
        if (translated is not null)
        {
            Assert.Contains("x-01", translated.Message);
        }
    }

    private static MongoCommandException Command(int code, string message) =>
        new(Connection, message, new BsonDocument("insert", "articles"), new BsonDocument { ["ok"] = 0, ["code"] = code, ["errmsg"] = message });
}
