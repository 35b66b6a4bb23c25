using System.Text;

namespace Platform.Storage.Mongo;

/// <summary>
/// Maps what the official driver throws, after its own retry of retryable reads and writes, to the store
/// port's exceptions: unreachable or not serving → <see cref="StoreUnavailableException"/>, duplicate key →
/// <see cref="ConcurrencyConflictException"/>, anything the server or the driver refuses → <see cref="StoreException"/>.
/// </summary>
internal static class DriverErrors
{
    public const int DuplicateKey = 11000;

    /// <summary>Two transactions wrote one document; left over only once the driver's transaction retries ran out.</summary>
    public const int WriteConflict = 112;

    /// <summary>Server codes meaning "this node cannot serve now": after the driver's retry, the store is unavailable.</summary>
    private static readonly HashSet<int> UnavailableServerCodes =
    [
        6,     // HostUnreachable
        7,     // HostNotFound
        50,    // MaxTimeMSExpired
        89,    // NetworkTimeout
        91,    // ShutdownInProgress
        189,   // PrimarySteppedDown
        262,   // ExceededTimeLimit
        9001,  // SocketException
        10107, // NotWritablePrimary
        11600, // InterruptedAtShutdown
        11602, // InterruptedDueToReplStateChange
        13435, // NotPrimaryNoSecondaryOk
        13436, // NotPrimaryOrSecondary
    ];

    /// <summary>The port's exception for <paramref name="error"/>, or null when it is not the driver's (cancellation, bugs).</summary>
    /// <param name="error">What the driver threw.</param>
    /// <param name="operation">What was attempted, for the message ("articles insert 'x-01'").</param>
    /// <param name="serverSelectionTimeout">The configured timeout, named when no server could be selected.</param>
    public static Exception? Translate(Exception error, string operation, TimeSpan serverSelectionTimeout) => Cause(error) switch
    {
        TimeoutException => new StoreUnavailableException(
            $"MongoDB is unreachable: no suitable server within the {serverSelectionTimeout.TotalMilliseconds:0} ms server selection timeout during {operation} ({error.Message})", error),
        MongoConnectionException => new StoreUnavailableException($"MongoDB connection failed during {operation}: {error.Message}", error),
        MongoWriteConcernException => new StoreUnavailableException(
            $"MongoDB did not confirm {operation} with write concern majority (is a majority of the replica set up?): {error.Message}", error),
        MongoWriteException { WriteError.Category: ServerErrorCategory.DuplicateKey } => Conflict(operation, error),
        MongoBulkWriteException bulk when bulk.WriteErrors.Any(e => e.Category == ServerErrorCategory.DuplicateKey) => Conflict(operation, error),
        MongoCommandException { Code: DuplicateKey or WriteConflict } => Conflict(operation, error),
        MongoCommandException command when UnavailableServerCodes.Contains(command.Code) => new StoreUnavailableException(
            $"MongoDB could not serve {operation} (server code {command.Code}), also after the driver's retry: {command.ErrorMessage}", error),
        MongoNotPrimaryException or MongoNodeIsRecoveringException or MongoExecutionTimeoutException => new StoreUnavailableException(
            $"MongoDB could not serve {operation}, also after the driver's retry: {error.Message}", error),
        MongoCommandException command => new StoreException($"MongoDB refused {operation} (server code {command.Code}): {command.ErrorMessage}", error),
        MongoWriteException write => new StoreException(
            $"MongoDB refused {operation} (write error {write.WriteError.Code}): {write.WriteError.Message}", error),
        FormatException size when size.Message.Contains("MaxDocumentSize", StringComparison.Ordinal) => new StoreException(
            $"{operation} is over MongoDB's 16 MiB document limit; nothing was written ({size.Message})", error),
        EncoderFallbackException => new StoreException(
            $"{operation} holds text that is not valid Unicode (a lone surrogate), which BSON's UTF-8 cannot hold; nothing was written.", error),
        FormatException or BsonException => new StoreException($"{operation}: a document could not be converted to or from BSON: {error.Message}", error),
        MongoException => new StoreException($"MongoDB {operation} failed: {error.Message}", error),
        _ => null,
    };

    /// <summary>What went wrong under the serializer's "error while serializing property X" wrappers.</summary>
    private static Exception Cause(Exception error)
    {
        while (error is BsonSerializationException { InnerException: { } inner })
        {
            error = inner;
        }
        return error;
    }

    /// <summary>True when <paramref name="error"/> is a duplicate key, whichever way the driver reports it.</summary>
    public static bool IsDuplicateKey(Exception error) => error switch
    {
        MongoWriteException write => write.WriteError.Category == ServerErrorCategory.DuplicateKey,
        MongoBulkWriteException bulk => bulk.WriteErrors.Any(e => e.Category == ServerErrorCategory.DuplicateKey),
        MongoCommandException command => command.Code == DuplicateKey,
        _ => false,
    };

    private static ConcurrencyConflictException Conflict(string operation, Exception error) =>
        new($"{operation} collides with another write (duplicate key or write conflict): {error.Message}");
}
