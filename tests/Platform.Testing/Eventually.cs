using System.Diagnostics;

namespace Platform.Testing;

/// <summary>Polls a condition until it holds or a deadline passes; the one wait loop of the test projects.</summary>
public static class Eventually
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Waits for <paramref name="condition"/>; throws <see cref="TimeoutException"/> with <paramref name="describe"/>'s text when the deadline passes.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> describe)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(describe);
        var clock = Stopwatch.StartNew();
        while (!await condition().ConfigureAwait(false))
        {
            if (clock.Elapsed > timeout) throw new TimeoutException($"after {timeout.TotalSeconds:0.#} s: {describe()}");
            await Task.Delay(Interval).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for a value that satisfies <paramref name="accept"/> and returns it.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> accept, TimeSpan timeout, Func<T, string> describe)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(accept);
        ArgumentNullException.ThrowIfNull(describe);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read().ConfigureAwait(false);
            if (accept(value)) return value;
            if (clock.Elapsed > timeout) throw new TimeoutException($"after {timeout.TotalSeconds:0.#} s: {describe(value)}");
            await Task.Delay(Interval).ConfigureAwait(false);
        }
    }
}
