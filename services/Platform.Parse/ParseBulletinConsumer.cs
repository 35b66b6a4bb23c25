using System.Diagnostics;
using MassTransit;
using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Hosting;
using Platform.Parsing;
using Platform.Storage;

namespace Platform.Parse;

/// <summary>Loads the raw bulletin, parses it, applies <see cref="ParsePolicy"/>'s decision to the store and publishes its messages.</summary>
public sealed class ParseBulletinConsumer(IDocumentStore store, BulletinParser parser, TimeProvider time) : IConsumer<BulletinReceived>
{
    public async Task Consume(ConsumeContext<BulletinReceived> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var raw = await store.RawBulletins.GetRequiredAsync(context.Message.BulletinId, ct).ConfigureAwait(false);
        var result = Parse(raw);
        var existing = await store.Bulletins.GetAsync(raw.Id, ct).ConfigureAwait(false);
        var stored = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in result.Articles)
        {
            if (await store.Articles.GetAsync(article.Id, ct).ConfigureAwait(false) is { } s) stored[article.Id] = s;
        }

        var decision = ParsePolicy.Decide(result, existing, stored);
        // All at once, so they share the store's next commit instead of waiting for one commit each; any failure still
        // fails the message, and the bulletin that lists them is written only after all of them.
        await Task.WhenAll(decision.ChangedArticles.Select(article => store.Articles.PutAsync(article, stored.GetValueOrDefault(article.Id), ct)))
            .ConfigureAwait(false);
        await store.Bulletins.PutAsync(decision.Bulletin, existing, ct).ConfigureAwait(false);
        if (decision.RejectReason is { } reason)
        {
            await store.Failures.RecordAsync(new Failure("parse", raw.Id, reason, time.GetUtcNow()), ct).ConfigureAwait(false);
            PlatformTelemetry.BulletinsRejected.Add(1);
        }
        else
        {
            PlatformTelemetry.ArticlesParsed.Add(result.Articles.Count);
        }
        foreach (var message in decision.Messages) await context.Publish(message, ct).ConfigureAwait(false);
    }

    private ParseResult Parse(RawBulletin raw)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = PlatformTelemetry.ActivitySource.StartActivity("parse bulletin");
        activity?.SetTag("platform.bulletin.id", raw.Id);
        var result = parser.Parse(raw.Text, new ParseContext(raw.Id, raw.SourceId, raw.Sha256, raw.ReceivedAt)
        {
            Format = raw.Format,
            ExtractionWarnings = raw.ExtractionWarnings,
            Hints = new HeadlineHints(raw.TitleHint, raw.HeadlineHints),
        });
        activity?.SetTag("platform.articles", result.Articles.Count);
        PlatformTelemetry.ParseDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }
}
