using System.Text;
using MongoDB.Driver.GridFS;

namespace Platform.Storage.Mongo;

/// <summary>
/// The GridFS bucket <c>raw_bulletin_content</c> holding the bytes and text of raw bulletins too large to keep
/// inline. Each upload gets fresh ObjectIds that the raw document then references, so a duplicate push racing
/// the first never overwrites or mixes up the content the stored document points to.
/// </summary>
internal sealed class RawContentBucket(IMongoDatabase database)
{
    public const string BucketName = "raw_bulletin_content";

    private readonly GridFSBucket bucket = new(database, new GridFSBucketOptions
    {
        BucketName = BucketName,
        WriteConcern = WriteConcern.WMajority,
        ReadConcern = ReadConcern.Majority,
        ReadPreference = ReadPreference.Primary,
    });

    /// <summary>Uploads the content; returns the <c>content</c> field the raw document stores.</summary>
    public async Task<BsonDocument> UploadAsync(RawBulletin bulletin, CancellationToken cancellationToken)
    {
        var metadata = new GridFSUploadOptions { Metadata = new BsonDocument("rawBulletinId", bulletin.Id) };
        var bytes = await bucket.UploadFromBytesAsync($"{bulletin.Id}.bytes", bulletin.Bytes, metadata, cancellationToken).ConfigureAwait(false);
        var text = await bucket.UploadFromBytesAsync($"{bulletin.Id}.text", Encoding.UTF8.GetBytes(bulletin.Text), metadata, cancellationToken)
            .ConfigureAwait(false);
        return new BsonDocument { ["bytes"] = bytes, ["text"] = text };
    }

    /// <summary>The bulletin with the content <paramref name="content"/> references filled in.</summary>
    public async Task<RawBulletin> LoadAsync(RawBulletin bulletin, BsonDocument content, CancellationToken cancellationToken)
    {
        var bytes = await bucket.DownloadAsBytesAsync(content["bytes"].AsObjectId, cancellationToken: cancellationToken).ConfigureAwait(false);
        var text = await bucket.DownloadAsBytesAsync(content["text"].AsObjectId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return bulletin with { Bytes = bytes, Text = Encoding.UTF8.GetString(text) };
    }

    /// <summary>Removes an upload no document references (the push was a duplicate). Best effort: a leftover is only unreferenced data.</summary>
    public async Task DeleteAsync(BsonDocument content, CancellationToken cancellationToken)
    {
        foreach (var id in new[] { content["bytes"].AsObjectId, content["text"].AsObjectId })
        {
            try
            {
                await bucket.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is MongoException or TimeoutException)
            {
                // Nothing references it; a failed clean-up loses nothing.
            }
        }
    }
}
