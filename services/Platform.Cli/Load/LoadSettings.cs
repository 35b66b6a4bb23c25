namespace Platform.Cli.Load;

/// <summary>What <c>platform load</c> does: where to push, where to follow the events, how much and how fast.</summary>
/// <param name="Target">Base address of the fetch service (POST /v1/bulletins).</param>
/// <param name="Events">Base address of the publish service (GET /v1/events).</param>
/// <param name="Key">API key of the pushing source.</param>
/// <param name="Bulletins">How many bulletins to push.</param>
/// <param name="Concurrency">Pushes in flight at once.</param>
/// <param name="Rate">Pushes started per second (open loop), or null for as fast as the concurrency allows.</param>
/// <param name="Wait">How long to wait, after the last push, for the last bulletin to be published.</param>
/// <param name="WindowSize">Bulletins per throughput window of the report (the curve as the store grows).</param>
/// <param name="MaxPending">Accepted bulletins not yet published at most before the next push waits (closed loop), or null for no bound.</param>
public sealed record LoadSettings(
    Uri Target,
    Uri Events,
    string Key,
    int Bulletins,
    int Concurrency,
    double? Rate,
    TimeSpan Wait,
    int WindowSize = 1000,
    int? MaxPending = null);
