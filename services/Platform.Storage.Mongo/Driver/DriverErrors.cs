using Platform.Storage.Mongo.Native;

namespace Platform.Storage.Mongo.Driver;

/// <summary>
/// Maps libmongoc's <c>bson_error_t</c> (error API 2) to the store's exceptions. Only errors returned
/// by libmongoc calls come here: libbson's JSON errors use the same small domain numbers for other
/// meanings and are reported where they occur.
/// </summary>
internal static class DriverErrors
{
    // mongoc_error_domain_t
    private const uint Client = 1;
    private const uint Stream = 2;
    private const uint Protocol = 3;
    private const uint Query = 5;
    private const uint Command = 11;
    private const uint Collection = 12;
    private const uint ServerSelection = 15;
    private const uint WriteConcern = 16;
    private const uint Server = 17;

    private const uint ClientTooBig = 8;
    public const int DuplicateKey = 11000;

    /// <summary>Server codes that mean "this node cannot serve now": after the driver's own retry, the store is unavailable.</summary>
    private static readonly HashSet<uint> UnavailableServerCodes =
    [
        6,     // HostUnreachable
        7,     // HostNotFound
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

    public static Exception Translate(in BsonError error, string commandName, TimeSpan serverSelectionTimeout)
    {
        var message = error.Text;
        return error.Domain switch
        {
            ServerSelection => new StoreUnavailableException(
                $"MongoDB is unreachable: no suitable server within the {serverSelectionTimeout.TotalMilliseconds:0} ms server selection timeout ({message})."),
            Stream => new StoreUnavailableException($"MongoDB connection failed during '{commandName}': {message}"),
            Server or Collection or Query or Command when error.Code == DuplicateKey => new DuplicateKeyException(message),
            Server when UnavailableServerCodes.Contains(error.Code) => new StoreUnavailableException(
                $"MongoDB could not serve '{commandName}' (server code {error.Code}), also after the driver's retry: {message}"),
            Server => new StoreException($"MongoDB refused '{commandName}' (server code {error.Code}): {message}"),
            WriteConcern => new StoreException($"MongoDB did not confirm '{commandName}' with write concern majority (code {error.Code}): {message}"),
            Client when error.Code == ClientTooBig => new StoreException($"'{commandName}' is too large for MongoDB: {message}"),
            Protocol => new StoreUnavailableException($"MongoDB answered '{commandName}' with an invalid reply: {message}"),
            _ => new StoreException($"MongoDB '{commandName}' failed (libmongoc error domain {error.Domain}, code {error.Code}): {message}"),
        };
    }
}
