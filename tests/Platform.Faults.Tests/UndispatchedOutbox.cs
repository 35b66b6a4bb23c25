using Platform.Storage;
using Platform.Storage.Sqlite;

namespace Platform.Faults.Tests;

/// <summary>
/// Where the dispatcher tests start: a SQLite store whose outbox holds <c>article.published</c> events e0, e1… that no
/// dispatcher has sent yet, for publish hosts started on the same file.
/// </summary>
public static class UndispatchedOutbox
{
    /// <param name="path">The SQLite file.</param>
    /// <param name="events">How many events.</param>
    /// <param name="data">The body of the event at an index; an empty object without it.</param>
    public static async Task<SqliteDocumentStore> CreateAsync(string path, int events, Func<int, string>? data = null)
    {
        var store = new SqliteDocumentStore(path);
        await store.InitializeAsync();
        for (var i = 0; i < events; i++)
        {
            await store.Events.AppendAsync(new NewEvent($"e{i}", "article.published", $"a-{i:D3}", "article.published.00.none", data?.Invoke(i) ?? "{}"));
        }
        return store;
    }
}
