using Platform.Contracts.Documents;

namespace Platform.Storage;

/// <summary>
/// What fetch recorded on receiving a raw bulletin, without its bytes and text: what status polls, catalogs and
/// re-announcements need, read without loading up to twice the maximum body (issue 13 item 12).
/// </summary>
/// <param name="Id">As <see cref="RawBulletin.Id"/>.</param>
/// <param name="SourceId">Source that delivered it.</param>
/// <param name="Sha256">The content key; unique.</param>
/// <param name="Encoding">The charset the text was decoded from; null for PDF and DOCX.</param>
/// <param name="ContentType">Content type as delivered, or null.</param>
/// <param name="SourceUrl">Where the bulletin came from, or null.</param>
/// <param name="PublishedAt">Publication time claimed by the upstream, or null.</param>
/// <param name="ReceivedAt">When fetch accepted it.</param>
/// <param name="Announced">Whether <c>BulletinReceived</c> was published for it.</param>
public sealed record RawBulletinReceipt(
    string Id,
    string SourceId,
    string Sha256,
    string? Encoding,
    string? ContentType,
    string? SourceUrl,
    DateTimeOffset? PublishedAt,
    DateTimeOffset ReceivedAt,
    bool Announced)
{
    /// <summary>The format the bytes are in.</summary>
    public BulletinFormat Format { get; init; }

    /// <summary>The receipt of a bulletin already read whole.</summary>
    public static RawBulletinReceipt Of(RawBulletin raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return new(raw.Id, raw.SourceId, raw.Sha256, raw.Encoding, raw.ContentType, raw.SourceUrl, raw.PublishedAt, raw.ReceivedAt, raw.Announced)
        {
            Format = raw.Format,
        };
    }
}
