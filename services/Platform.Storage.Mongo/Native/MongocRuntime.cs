using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Platform.Storage.Mongo.Native;

/// <summary>
/// Process-wide driver state: <c>mongoc_init</c> runs once, and libmongoc's single log handler fans
/// out to the sinks of the stores that are open (stderr output from the default handler is replaced).
/// </summary>
internal static unsafe class MongocRuntime
{
    private static readonly Lock Gate = new();
    private static bool initialized;
    private static ImmutableArray<Action<MongoLogLevel, string, string>> sinks = [];

    /// <summary>Loads both libraries, initializes the driver and installs the log handler; idempotent.</summary>
    public static void EnsureInitialized()
    {
        lock (Gate)
        {
            if (initialized)
            {
                return;
            }
            DriverLibraries.Register();
            try
            {
                DriverLibraries.Load(DriverLibraries.Bson);
                DriverLibraries.Load(DriverLibraries.Mongoc);
            }
            catch (DllNotFoundException e)
            {
                throw new StoreException(e.Message, e);
            }
            LibMongoc.Init();
            LibMongoc.SetLogHandler(&OnLog, null);
            initialized = true;
        }
    }

    public static void AddSink(Action<MongoLogLevel, string, string> sink) =>
        ImmutableInterlocked.Update(ref sinks, current => current.Add(sink));

    public static void RemoveSink(Action<MongoLogLevel, string, string> sink) =>
        ImmutableInterlocked.Update(ref sinks, current => current.Remove(sink));

    // Called on driver threads; an exception escaping into C would crash the process, so none may.
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnLog(int level, byte* domain, byte* message, void* userData)
    {
        try
        {
            var current = sinks;
            if (current.IsEmpty)
            {
                return;
            }
            var domainText = Text(domain);
            var messageText = Text(message);
            foreach (var sink in current)
            {
                try
                {
                    sink((MongoLogLevel)level, domainText, messageText);
                }
                catch (Exception)
                {
                    // A failing sink must not silence the others nor reach native code.
                }
            }
        }
        catch (Exception)
        {
            // Nothing may propagate into libmongoc.
        }
    }

    private static string Text(byte* utf8) =>
        utf8 == null ? string.Empty : Encoding.UTF8.GetString(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(utf8));
}
