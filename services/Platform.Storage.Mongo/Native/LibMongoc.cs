using System.Runtime.InteropServices;

namespace Platform.Storage.Mongo.Native;

/// <summary>
/// The libmongoc entry points the binding needs. Access is command-based (generic read and write
/// commands) so the surface stays small; the driver still applies the URI's read concern, write
/// concern, implicit sessions and retryable writes to these commands.
/// </summary>
internal static unsafe partial class LibMongoc
{
    /// <summary>Server errors are reported in MONGOC_ERROR_SERVER with the server's own codes.</summary>
    public const int ErrorApiVersion2 = 2;

    static LibMongoc() => DriverLibraries.Register();

    [LibraryImport(DriverLibraries.Mongoc, EntryPoint = "mongoc_init")]
    public static partial void Init();

    [LibraryImport(DriverLibraries.Mongoc, EntryPoint = "mongoc_log_set_handler")]
    public static partial void SetLogHandler(delegate* unmanaged[Cdecl]<int, byte*, byte*, void*, void> handler, void* userData);

    [LibraryImport(DriverLibraries.Mongoc, EntryPoint = "mongoc_uri_new_with_error", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr UriNewWithError(string uri, BsonError* error);

    [LibraryImport(DriverLibraries.Mongoc, EntryPoint = "mongoc_uri_destroy")]
    public static partial void UriDestroy(IntPtr uri);

    [LibraryImport(DriverLibraries.Mongoc, EntryPoint = "mongoc_client_pool_new_with_error")]
    public static partial IntPtr ClientPoolNewWithError(MongoUriHandle uri, BsonError* error);

    [LibraryImport(DriverLibraries.Mongoc, EntryPoint = "mongoc_client_pool_set_error_api")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool ClientPoolSetErrorApi(ClientPoolHandle pool, int version);

    [LibraryImport(DriverLibraries.Mongoc, EntryPoint = "mongoc_client_pool_destroy")]
    public static partial void ClientPoolDestroy(IntPtr pool);

    [LibraryImport(DriverLibraries.Mongoc, EntryPoint = "mongoc_client_pool_pop")]
    public static partial IntPtr ClientPoolPop(IntPtr pool);

    [LibraryImport(DriverLibraries.Mongoc, EntryPoint = "mongoc_client_pool_push")]
    public static partial void ClientPoolPush(IntPtr pool, IntPtr client);

    [LibraryImport(DriverLibraries.Mongoc, EntryPoint = "mongoc_client_read_command_with_opts", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool ClientReadCommandWithOpts(
        PooledClientHandle client, string database, BsonDocumentHandle command, IntPtr readPrefs, IntPtr opts, BsonReplyHandle reply, BsonError* error);

    [LibraryImport(DriverLibraries.Mongoc, EntryPoint = "mongoc_client_write_command_with_opts", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool ClientWriteCommandWithOpts(
        PooledClientHandle client, string database, BsonDocumentHandle command, IntPtr opts, BsonReplyHandle reply, BsonError* error);

    [LibraryImport(DriverLibraries.Mongoc, EntryPoint = "mongoc_client_command_with_opts", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool ClientCommandWithOpts(
        PooledClientHandle client, string database, BsonDocumentHandle command, IntPtr readPrefs, IntPtr opts, BsonReplyHandle reply, BsonError* error);
}
