using System.Diagnostics;
using System.Runtime.InteropServices;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Contracts;
using Platform.Contracts.Messages;
using Platform.Fetch.Configuration;
using Platform.Formats;
using Platform.Hosting;
using Platform.Storage;

namespace Platform.Fetch;

/// <summary>
/// The one path every bulletin takes into the platform: decode, store the raw bulletin, then announce it.
/// Storing first means a crash before the announcement loses nothing: <see cref="AnnouncementRecovery"/> re-announces.
/// </summary>
public sealed partial class BulletinIntake(IDocumentStore store, IBus bus, TimeProvider time, IOptions<FetchOptions> options, IOptions<FormatOptions> formats,
    ILogger<BulletinIntake> logger)
{
    private readonly FormatLimits limits = formats.Value.ToLimits();

    public async Task<IngestOutcome> IngestAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = PlatformTelemetry.ActivitySource.StartActivity("fetch ingest");
        activity?.SetTag("platform.source", request.SourceId);
        var (decoded, failure) = DocumentExtractor.Extract(request.Body, request.ContentType, request.FileName, limits);
        if (decoded is null)
        {
            activity?.SetStatus(ActivityStatusCode.Error, failure!.Title);
            LogRefused(logger, request.SourceId, failure!.ProblemType);
            return new IngestOutcome(IngestStatus.Rejected, null, null, null, failure);
        }
        var (id, sha) = decoded.Key;
        activity?.SetTag("platform.bulletin.id", id);
        var raw = new RawBulletin(id, request.SourceId, sha, WholeArray(request.Body), decoded.Text, decoded.Encoding, request.ContentType,
            request.SourceUrl, request.PublishedAt, time.GetUtcNow(), Announced: false)
        {
            Format = decoded.BulletinFormat,
            ExtractionWarnings = decoded.Warnings,
            TitleHint = decoded.Hints.Title,
            HeadlineHints = decoded.Hints.Headlines,
        };
        var added = await store.RawBulletins.AddAsync(raw, cancellationToken).ConfigureAwait(false);
        if (!added.Inserted)
        {
            PlatformTelemetry.BulletinsDuplicate.Add(1);
            var existing = await store.RawBulletins.GetReceiptAsync(added.Id, cancellationToken).ConfigureAwait(false);
            if (existing is { Announced: false }) await TryAnnounceAsync(existing, cancellationToken).ConfigureAwait(false);
            return new IngestOutcome(IngestStatus.Duplicate, added.Id, decoded.BulletinFormat, decoded.Encoding, null);
        }
        PlatformTelemetry.BulletinsReceived.Add(1);
        await TryAnnounceAsync(RawBulletinReceipt.Of(raw), cancellationToken).ConfigureAwait(false);
        LogAccepted(logger, id, request.SourceId, WireNames.Of(decoded.BulletinFormat), decoded.Encoding, decoded.Text.Length);
        return new IngestOutcome(IngestStatus.Accepted, id, decoded.BulletinFormat, decoded.Encoding, null);
    }

    /// <summary>
    /// The body's own array when the memory spans all of it (every intake path reads a body into an array of its
    /// own), so a maximum-size body is not copied once more just to be stored.
    /// </summary>
    private static byte[] WholeArray(ReadOnlyMemory<byte> body) =>
        MemoryMarshal.TryGetArray(body, out var segment) && segment is { Array: { } array, Offset: 0 } && segment.Count == array.Length ? array : body.ToArray();

    /// <summary>
    /// Announces within <c>Platform:Fetch:AnnounceTimeout</c>. The bulletin is already stored, so a broker that is down
    /// must not hold the upstream's request: <see cref="AnnouncementRecovery"/> announces it once the broker is back.
    /// </summary>
    private async Task TryAnnounceAsync(RawBulletinReceipt receipt, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.AnnounceTimeout);
        try
        {
            await AnnounceAsync(receipt, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            LogAnnounceDeferred(logger, receipt.Id, ex.Message);
        }
    }

    /// <summary>Publishes <see cref="BulletinReceived"/> and records that it was published.</summary>
    public async Task AnnounceAsync(RawBulletinReceipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        await bus.Publish(new BulletinReceived(receipt.Id, receipt.SourceId, receipt.Sha256, receipt.ReceivedAt), cancellationToken).ConfigureAwait(false);
        await store.RawBulletins.MarkAnnouncedAsync(receipt.Id, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bulletin {BulletinId} accepted from {SourceId} ({Format}, {Encoding}, {Chars} chars)")]
    private static partial void LogAccepted(ILogger logger, string bulletinId, string sourceId, string format, string? encoding, int chars);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bulletin {BulletinId} stored; announcing it is deferred: {Reason}")]
    private static partial void LogAnnounceDeferred(ILogger logger, string bulletinId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Body from {SourceId} refused: {ProblemType}")]
    private static partial void LogRefused(ILogger logger, string sourceId, string problemType);
}
