namespace Platform.Benchmarks.Pipeline;

/// <summary>The platform's state when its <paramref name="Bulletins"/>-th bulletin of the run was seen published.</summary>
/// <param name="Bulletins">Bulletins finished in the run so far.</param>
/// <param name="Seconds">Since the run began.</param>
/// <param name="ResidentBytes">
/// Resident memory of the platform process(es): the median of readings taken through the window, since one reading
/// swings by tens of megabytes with the collector's cycle (a single one at 2,000 bulletins read 459, 491 and 519 MB in
/// three runs of the same build).
/// </param>
/// <param name="DataBytes">Size of the data directory (database, WAL and shared-memory files).</param>
public sealed record CurvePoint(int Bulletins, double Seconds, long ResidentBytes, long DataBytes);
