using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Storage.Mongo.Bson;
using Platform.Storage.Mongo.Native;

namespace Platform.Storage.Mongo.Driver;

/// <summary>
/// One client pool and the database the store lives in. Commands are converted to BSON before a
/// client is taken, so input that cannot be sent fails before anything reaches the server; the
/// blocking driver calls run on the thread pool, at most <c>maxPoolSize</c> at a time.
/// </summary>
internal sealed class MongoConnection : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ClientPoolHandle pool;
    private readonly SemaphoreSlim gate;
    private readonly Action<MongoLogLevel, string, string>? log;

    private MongoConnection(ClientPoolHandle pool, string database, MongoStoreOptions options)
    {
        this.pool = pool;
        Database = database;
        ServerSelectionTimeout = options.ServerSelectionTimeout;
        gate = new SemaphoreSlim(options.MaxPoolSize, options.MaxPoolSize);
        log = options.Log;
        if (log is not null)
        {
            MongocRuntime.AddSink(log);
        }
    }

    public string Database { get; }

    public TimeSpan ServerSelectionTimeout { get; }

    public static unsafe MongoConnection Open(MongoStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Database) || options.Database.IndexOfAny(['/', '\\', '.', ' ', '"', '$', '\0']) >= 0)
        {
            throw new StoreException($"Invalid MongoDB database name '{options.Database}': it must be non-empty and contain none of / \\ . space \" $.");
        }
        if (options.MaxPoolSize < 1)
        {
            throw new StoreException($"MaxPoolSize must be at least 1 (was {options.MaxPoolSize}).");
        }
        if (options.ServerSelectionTimeout <= TimeSpan.Zero)
        {
            throw new StoreException($"ServerSelectionTimeout must be positive (was {options.ServerSelectionTimeout}).");
        }
        MongocRuntime.EnsureInitialized();

        BsonError error = default;
        using var uri = new MongoUriHandle(LibMongoc.UriNewWithError(MongoConnectionString.Compose(options), &error));
        if (uri.IsInvalid)
        {
            throw new StoreException($"Invalid MongoDB URI: {error.Text}");
        }
        var pool = new ClientPoolHandle(LibMongoc.ClientPoolNewWithError(uri, &error));
        if (pool.IsInvalid)
        {
            throw new StoreException($"Could not create the MongoDB client pool: {error.Text}");
        }
        // Must precede the first pop; with version 2 server errors keep the server's own codes.
        if (!LibMongoc.ClientPoolSetErrorApi(pool, LibMongoc.ErrorApiVersion2))
        {
            pool.Dispose();
            throw new StoreException("libmongoc refused error API version 2.");
        }
        return new MongoConnection(pool, options.Database, options);
    }

    /// <summary>Runs a read command with the URI's read concern (majority) and read preference.</summary>
    public Task<CommandReply> ReadAsync(JsonObject command, CancellationToken cancellationToken) =>
        RunAsync(CommandMode.Read, command, cancellationToken);

    /// <summary>Runs a write command with write concern majority; retryable commands are retried once by the driver.</summary>
    /// <param name="command">The command.</param>
    /// <param name="subject">What is written, for the error when it is too large ("articles document 'x-01'").</param>
    /// <param name="cancellationToken">Stops waiting for a pooled client; a sent command is always awaited.</param>
    public Task<CommandReply> WriteAsync(JsonObject command, string subject, CancellationToken cancellationToken) =>
        RunAsync(CommandMode.Write, command, cancellationToken, subject);

    /// <summary>Runs a command exactly as given: no read or write concern is added (ping rejects a read concern).</summary>
    public Task<CommandReply> RunCommandAsync(JsonObject command, CancellationToken cancellationToken) =>
        RunAsync(CommandMode.Raw, command, cancellationToken);

    private async Task<CommandReply> RunAsync(CommandMode mode, JsonObject command, CancellationToken cancellationToken, string? subject = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var name = command.First().Key;
        var bson = BsonCodec.FromJson(Serialize(command));
        try
        {
            // Measured on the whole command (a few hundred bytes more than the document): checking before
            // sending means an oversized document fails alone, with nothing half-written.
            if (bson.Length > BsonCodec.MaxDocumentSize)
            {
                throw new StoreException(
                    $"{subject ?? $"'{name}'"} is {bson.Length} bytes as BSON, over MongoDB's 16 MiB document limit ({BsonCodec.MaxDocumentSize} bytes); nothing was written.");
            }
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Once sent, the command is not abandoned: its outcome must be observed, not guessed.
                return await Task.Run(() => Execute(mode, name, bson), CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }
        finally
        {
            bson.Dispose();
        }
    }

    private unsafe CommandReply Execute(CommandMode mode, string name, BsonDocumentHandle command)
    {
        using var client = pool.Pop();
        using var reply = BsonReplyHandle.Allocate();
        BsonError error = default;
        var ok = mode switch
        {
            CommandMode.Write => LibMongoc.ClientWriteCommandWithOpts(client, Database, command, IntPtr.Zero, reply, &error),
            CommandMode.Read => LibMongoc.ClientReadCommandWithOpts(client, Database, command, IntPtr.Zero, IntPtr.Zero, reply, &error),
            _ => LibMongoc.ClientCommandWithOpts(client, Database, command, IntPtr.Zero, IntPtr.Zero, reply, &error),
        };
        if (!ok)
        {
            throw DriverErrors.Translate(error, name, ServerSelectionTimeout);
        }
        var result = new CommandReply(JsonDocument.Parse(BsonCodec.ToPlainJson(reply)));
        if (mode == CommandMode.Write)
        {
            ThrowOnWriteError(result, name);
        }
        return result;
    }

    /// <summary>Write commands report per-document failures in an ok:1 reply; the driver does not turn them into errors.</summary>
    private static void ThrowOnWriteError(CommandReply reply, string name)
    {
        if (!reply.Root.TryGetProperty("writeErrors", out var errors) || errors.GetArrayLength() == 0)
        {
            return;
        }
        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetInt32() : 0;
        var message = first.TryGetProperty("errmsg", out var m) ? m.GetString() : null;
        reply.Dispose();
        if (code == DriverErrors.DuplicateKey)
        {
            throw new DuplicateKeyException(message ?? "E11000 duplicate key");
        }
        throw new StoreException($"MongoDB refused '{name}' (write error {code}): {message}");
    }

    private static byte[] Serialize(JsonObject command)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            command.WriteTo(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }

    public void Dispose()
    {
        if (log is not null)
        {
            MongocRuntime.RemoveSink(log);
        }
        // Clients still out keep the pool alive through their references; it is destroyed after the last push.
        pool.Dispose();
        gate.Dispose();
    }
}

/// <summary>Which of libmongoc's generic command functions runs a command, and so which concerns it adds.</summary>
internal enum CommandMode
{
    Read,
    Write,
    Raw,
}
