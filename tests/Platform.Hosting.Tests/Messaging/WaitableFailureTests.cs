using Microsoft.Data.Sqlite;
using Platform.Hosting.Messaging;
using Platform.Storage;

namespace Platform.Hosting.Tests.Messaging;

public sealed class WaitableFailureTests
{
    public static TheoryData<string, Exception, bool> Failures => new()
    {
        { "store unavailable", new StoreUnavailableException("down"), true },
        { "SQLite busy", new SqliteException("database is locked", 5), true },
        { "out of memory", new OutOfMemoryException(), true },
        { "insufficient memory", new InsufficientMemoryException(), true },
        { "out of memory inside a wrapper", new InvalidOperationException("wrapped", new OutOfMemoryException()), true },
        { "out of memory among several", new AggregateException(new ArgumentException(), new OutOfMemoryException()), true },
        { "a bug", new InvalidOperationException("a bug"), false },
        { "bad input", new FormatException("not JSON"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Only_failures_that_waiting_cures_are_held_for_redelivery(string label, Exception error, bool waitable) =>
        Assert.True(WaitableFailure.Is(error) == waitable, label);
}
