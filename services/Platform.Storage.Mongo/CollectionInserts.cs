namespace Platform.Storage.Mongo;

/// <summary>Insert-if-absent: one retryable insert whose duplicate key means "already there".</summary>
internal static class CollectionInserts
{
    /// <summary>Inserts <paramref name="document"/>; false when a document with its _id (or another unique key) exists.</summary>
    public static async Task<bool> TryInsertAsync<T>(this IMongoCollection<T> collection, T document, CancellationToken cancellationToken)
    {
        try
        {
            await collection.InsertOneAsync(document, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (MongoWriteException error) when (DriverErrors.IsDuplicateKey(error))
        {
            return false;
        }
    }
}
