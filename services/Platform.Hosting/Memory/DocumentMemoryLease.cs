namespace Platform.Hosting.Memory;

/// <summary>A document's share of <see cref="DocumentMemoryBudget"/>, given back once when disposed.</summary>
public sealed class DocumentMemoryLease : IDisposable
{
    private readonly DocumentMemoryBudget? _budget;
    private long _units;

    internal DocumentMemoryLease(DocumentMemoryBudget? budget, long units)
    {
        _budget = budget;
        _units = units;
    }

    /// <summary>The lease of a document that counts nothing against the budget.</summary>
    internal static DocumentMemoryLease Unmetered { get; } = new(null, 0);

    public long Units => Interlocked.Read(ref _units);

    public void Dispose()
    {
        var units = Interlocked.Exchange(ref _units, 0);
        if (units > 0) _budget?.Release(units);
    }
}
