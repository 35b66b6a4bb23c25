namespace Platform.Storage.Sqlite;

internal sealed class SqliteFailureStore(SqliteDatabase db) : IFailureStore
{
    public async Task RecordAsync(Failure failure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failure);
        await db.WriteAsync(async (c, tx) =>
        {
            var cmd = c.Prepared("INSERT INTO failures (stage, subject_id, reason, at) VALUES (@stage, @subject, @reason, @at)", tx);
            cmd.With("@stage", failure.Stage).With("@subject", failure.SubjectId).With("@reason", failure.Reason).With("@at", SqliteValues.Time(failure.At));
            return await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Failure>> ListAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT stage, subject_id, reason, at FROM failures WHERE subject_id = @subject ORDER BY at";
        cmd.With("@subject", subjectId);
        var list = new List<Failure>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new Failure(r.GetString(0), r.GetString(1), r.GetString(2), SqliteValues.ReadTime(r, 3)));
        }
        return list;
    }
}
