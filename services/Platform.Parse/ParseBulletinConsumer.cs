using System.Diagnostics;
using MassTransit;
using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Hosting;
using Platform.Parsing;
using Platform.Storage;

namespace Platform.Parse;

/// <summary>Loads the raw bulletin, parses it, stores bulletin and articles, announces each article.</summary>
public sealed class ParseBulletinConsumer(IDocumentStore store, BulletinParser parser) : IConsumer<BulletinReceived>
{
    public async Task Consume(ConsumeContext<BulletinReceived> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        var ct = context.CancellationToken;
        var raw = await store.RawBulletins.GetAsync(message.BulletinId, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Raw bulletin {message.BulletinId} is not in the store.");

        var started = Stopwatch.GetTimestamp();
        ParseResult result;
        using (var activity = PlatformTelemetry.ActivitySource.StartActivity("parse bulletin"))
        {
            activity?.SetTag("platform.bulletin.id", raw.Id);
            result = parser.Parse(raw.Text, new ParseContext(raw.Id, raw.SourceId, raw.Sha256, raw.ReceivedAt));
            activity?.SetTag("platform.articles", result.Articles.Count);
        }
        PlatformTelemetry.ParseDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        var existing = await store.Bulletins.GetAsync(raw.Id, ct).ConfigureAwait(false);
        if (result.RejectReason is { } reason)
        {
            var rejected = result.Bulletin with { Status = PipelineStatus.Rejected, RejectReason = reason };
            await store.Bulletins.PutAsync(rejected, existing, ct).ConfigureAwait(false);
            await store.Failures.RecordAsync(new Failure("parse", raw.Id, reason, DateTimeOffset.UtcNow), ct).ConfigureAwait(false);
            PlatformTelemetry.BulletinsRejected.Add(1);
            await context.Publish(new BulletinRejected(raw.Id, reason), ct).ConfigureAwait(false);
            return;
        }

        foreach (var article in result.Articles)
        {
            var stored = await store.Articles.GetAsync(article.Id, ct).ConfigureAwait(false);
            if (stored is not null && ArticleContent.SameParse(stored, article)) continue;
            // A changed parse (parser upgrade) restarts the article's way through the pipeline.
            await store.Articles.PutAsync(article, stored, ct).ConfigureAwait(false);
        }
        var bulletin = result.Bulletin with { Status = existing?.Status is PipelineStatus.Published && SameArticles(existing, result.Bulletin) ? PipelineStatus.Published : PipelineStatus.Parsed };
        await store.Bulletins.PutAsync(bulletin, existing, ct).ConfigureAwait(false);

        PlatformTelemetry.ArticlesParsed.Add(result.Articles.Count);
        // Always announce, even when nothing changed: a crash after storing must not strand the articles.
        foreach (var article in result.Articles)
        {
            await context.Publish(new ArticleParsed(article.Id, article.BulletinId, article.Ordinal), ct).ConfigureAwait(false);
        }
        await context.Publish(new BulletinParsed(raw.Id, result.Articles.Count, BulletinParser.Version), ct).ConfigureAwait(false);
    }

    private static bool SameArticles(Bulletin a, Bulletin b) => a.ArticleIds.SequenceEqual(b.ArticleIds, StringComparer.Ordinal);
}
