using System.Reflection;
using System.Runtime.InteropServices;

namespace Platform.Storage.Mongo.Native;

/// <summary>
/// Resolves MongoDB's C driver from the operating system. The Debian packages install only the
/// versioned sonames, so the loader is pointed at exactly those, and a missing package becomes an
/// error that says what to install instead of a bare "unable to load shared library".
/// </summary>
internal static class DriverLibraries
{
    public const string Bson = "libbson-1.0.so.0";
    public const string Mongoc = "libmongoc-1.0.so.0";

    private static int registered;

    /// <summary>Installs the resolver for this assembly; safe to call from every static constructor.</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(DriverLibraries).Assembly, Resolve);
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName is Bson or Mongoc ? Load(libraryName) : IntPtr.Zero;

    /// <summary>Loads one of the driver's libraries or fails with the packages to install.</summary>
    public static IntPtr Load(string fileName)
    {
        if (NativeLibrary.TryLoad(fileName, out var handle))
        {
            return handle;
        }
        throw new DllNotFoundException(
            $"MongoDB's C driver library '{fileName}' could not be loaded: install libmongoc-1.0-0 libbson-1.0-0 (Debian: apt-get install libmongoc-1.0-0 libbson-1.0-0).");
    }
}
