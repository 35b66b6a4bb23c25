using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Hosting;

/// <summary>The platform's own spans and metrics (MassTransit, ASP.NET Core and HttpClient add theirs).</summary>
public static class PlatformTelemetry
{
    public const string Name = "Platform";

    public static readonly ActivitySource ActivitySource = new(Name, "1.0.0");
    public static readonly Meter Meter = new(Name, "1.0.0");

    public static readonly Counter<long> BulletinsReceived = Meter.CreateCounter<long>("platform.bulletins.received", "{bulletin}", "Bulletins accepted by fetch (new content only).");
    public static readonly Counter<long> BulletinsDuplicate = Meter.CreateCounter<long>("platform.bulletins.duplicate", "{bulletin}", "Pushes whose content was already stored.");
    public static readonly Counter<long> BulletinsRejected = Meter.CreateCounter<long>("platform.bulletins.rejected", "{bulletin}", "Bulletins that could not be parsed.");
    public static readonly Counter<long> ArticlesParsed = Meter.CreateCounter<long>("platform.articles.parsed", "{article}", "Articles produced by the parser.");
    public static readonly Counter<long> ArticlesEnriched = Meter.CreateCounter<long>("platform.articles.enriched", "{article}", "Articles enriched.");
    public static readonly Counter<long> ArticlesPublished = Meter.CreateCounter<long>("platform.articles.published", "{article}", "Articles published.");
    public static readonly Counter<long> EventsAppended = Meter.CreateCounter<long>("platform.events.appended", "{event}", "Public events appended to the outbox.");
    public static readonly Counter<long> EventsDispatched = Meter.CreateCounter<long>("platform.events.dispatched", "{event}", "Public events confirmed by the broker.");
    public static readonly Counter<long> EventsTruncated = Meter.CreateCounter<long>("platform.events.truncated", "{event}", "Article events over Platform:Publish:MaxEventBytes, appended with a truncated body.");
    public static readonly Counter<long> EventsQuarantined = Meter.CreateCounter<long>("platform.events.quarantined", "{event}", "Public events the broker refused, taken out of the outbox into the quarantine.");
    public static readonly Histogram<double> ParseDuration = Meter.CreateHistogram<double>("platform.parse.duration", "ms", "Time to parse one bulletin.");
    public static readonly Histogram<double> EnrichDuration = Meter.CreateHistogram<double>("platform.enrich.duration", "ms", "Time to enrich one article.");
}
