using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Runs the writes of a process that arrive together in one transaction (group commit): each in its own savepoint,
/// so a failing write is undone alone and fails alone, and each caller learns its result only after the commit.
/// Every consumer writes after every message; one commit per write made the single SQLite writer the pipeline's
/// limit. One loop per database file; it holds the file's writer gate while a batch runs.
/// </summary>
internal sealed class SqliteGroupCommit
{
    private const int MaxBatch = 64;
    private readonly Channel<Write> _queue = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteOpenConnections _connections;
    private readonly SemaphoreSlim _writerGate;

    public SqliteGroupCommit(SqliteOpenConnections connections, SemaphoreSlim writerGate)
    {
        _connections = connections;
        _writerGate = writerGate;
        _ = Task.Run(LoopAsync);
    }

    /// <summary>Queues <paramref name="work"/>; it runs on the batch's connection inside the batch's transaction.</summary>
    public Task<T> RunAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work)
    {
        var write = new Write<T>(work);
        if (!_queue.Writer.TryWrite(write)) throw new InvalidOperationException("The write queue is closed.");
        return write.Task;
    }

    private async Task LoopAsync()
    {
        var batch = new List<Write>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write)) batch.Add(write);
            await CommitAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    // Every exception, OutOfMemoryException included, goes to the callers: one that left this loop would end it, and
    // every write of the process after it would wait for ever with nothing logged (a maximum-size page under a container's
    // heap limit did exactly that). The caller's message is retried later, when memory may be free again.
    private async Task CommitAsync(List<Write> batch)
    {
        await _writerGate.WaitAsync().ConfigureAwait(false);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var (connection, generation) = await _connections.TakeAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                await using var transaction = connection.BeginTransaction(deferred: false);
                foreach (var write in batch)
                {
                    // The statements SqliteTransaction.Save, Release and Rollback(name) run, prepared once per connection
                    // instead of on every write.
                    connection.Prepared("SAVEPOINT write", transaction).ExecuteNonQuery();
                    try
                    {
                        await write.RunAsync(connection, transaction).ConfigureAwait(false);
                        connection.Prepared("RELEASE SAVEPOINT write", transaction).ExecuteNonQuery();
                    }
                    catch (Exception ex)
                    {
                        connection.Prepared("ROLLBACK TO SAVEPOINT write", transaction).ExecuteNonQuery();
                        connection.Prepared("RELEASE SAVEPOINT write", transaction).ExecuteNonQuery();
                        write.Failed(ex);
                    }
                }
                await transaction.CommitAsync().ConfigureAwait(false);
            }
            catch
            {
                // A connection whose batch failed is not kept for the next one.
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
            SqliteCommitMetrics.Duration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            SqliteCommitMetrics.Writes.Record(batch.Count);
            foreach (var write in batch) write.Complete();
            // Kept open with its prepared statements for the next batch.
            _connections.Return(connection, generation);
        }
        catch (Exception ex)
        {
            // Nothing of the batch was committed: every caller gets the error (the bus retries its message).
            foreach (var write in batch) write.Abort(ex);
        }
        finally
        {
            _writerGate.Release();
        }
    }

    private abstract class Write
    {
        public abstract Task RunAsync(SqliteConnection connection, SqliteTransaction transaction);

        public abstract void Failed(Exception error);

        public abstract void Complete();

        public abstract void Abort(Exception error);
    }

    private sealed class Write<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work) : Write
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private Exception? _error;

        public Task<T> Task => _done.Task;

        public override async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction) =>
            _result = await work(connection, transaction).ConfigureAwait(false);

        public override void Failed(Exception error) => _error = error;

        public override void Complete()
        {
            if (_error is not null) _done.TrySetException(_error);
            else _done.TrySetResult(_result!);
        }

        public override void Abort(Exception error) => _done.TrySetException(_error ?? error);
    }
}
