using System.Runtime.InteropServices;

namespace Platform.Storage.Mongo.Native;

/// <summary>The libbson entry points the binding needs: JSON in, canonical Extended JSON out.</summary>
internal static unsafe partial class LibBson
{
    /// <summary>Error domain of <c>bson_new_from_json</c> (BSON_ERROR_JSON); the number is shared with MONGOC_ERROR_CLIENT.</summary>
    public const uint JsonErrorDomain = 1;

    static LibBson() => DriverLibraries.Register();

    [LibraryImport(DriverLibraries.Bson, EntryPoint = "bson_new_from_json")]
    public static partial IntPtr NewFromJson(byte* data, nint length, BsonError* error);

    [LibraryImport(DriverLibraries.Bson, EntryPoint = "bson_as_canonical_extended_json")]
    public static partial byte* AsCanonicalExtendedJson(IntPtr bson, nuint* length);

    [LibraryImport(DriverLibraries.Bson, EntryPoint = "bson_init")]
    public static partial void Init(IntPtr bson);

    [LibraryImport(DriverLibraries.Bson, EntryPoint = "bson_destroy")]
    public static partial void Destroy(IntPtr bson);

    [LibraryImport(DriverLibraries.Bson, EntryPoint = "bson_free")]
    public static partial void Free(void* memory);
}
