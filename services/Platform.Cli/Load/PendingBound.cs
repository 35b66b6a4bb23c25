namespace Platform.Cli.Load;

/// <summary>
/// Bounds how many accepted bulletins may wait for publication before the next push starts (a closed loop, so the
/// store grows at the pipeline's pace rather than the push rate). A bulletin's event can be seen before its push
/// is answered, so both orders are matched.
/// </summary>
public sealed class PendingBound(int? max)
{
    private readonly SemaphoreSlim? _slots = max is { } m ? new SemaphoreSlim(m, m) : null;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _awaiting = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenEarly = new(StringComparer.Ordinal);

    public Task WaitAsync(CancellationToken ct) => _slots?.WaitAsync(ct) ?? Task.CompletedTask;

    /// <summary>A push was answered: only an accepted bulletin keeps its slot until it is seen finished.</summary>
    public void Answered(PushOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (_slots is null) return;
        if (!outcome.Accepted)
        {
            _slots.Release();
            return;
        }
        lock (_gate)
        {
            if (!_seenEarly.Remove(outcome.BulletinId!))
            {
                _awaiting.Add(outcome.BulletinId!);
                return;
            }
        }
        _slots.Release();
    }

    /// <summary>The feed showed the bulletin published or rejected.</summary>
    public void Finished(string bulletinId)
    {
        if (_slots is null) return;
        lock (_gate)
        {
            if (!_awaiting.Remove(bulletinId))
            {
                _seenEarly.Add(bulletinId);
                return;
            }
        }
        _slots.Release();
    }
}
