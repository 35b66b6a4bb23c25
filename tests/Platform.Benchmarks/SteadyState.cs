using System.Runtime;

namespace Platform.Benchmarks;

/// <summary>
/// Runs a pass until the runtime has stopped recompiling: no method compiled for two seconds (at least 5 s, at
/// most 60 s). A fixed 5 s was not enough on the shared two-core machine: the background compiler gets little of
/// two busy cores, and 1,500 of the ~4,800 methods of parse + enrich were still compiled after it.
/// </summary>
public static class SteadyState
{
    public static (TimeSpan Took, long Compiled) WarmUp(Action pass)
    {
        ArgumentNullException.ThrowIfNull(pass);
        var start = DateTime.UtcNow;
        var lastChange = start;
        var compiled = JitInfo.GetCompiledMethodCount();
        while (DateTime.UtcNow - start < TimeSpan.FromSeconds(60))
        {
            pass();
            var now = DateTime.UtcNow;
            var count = JitInfo.GetCompiledMethodCount();
            if (count != compiled)
            {
                compiled = count;
                lastChange = now;
            }
            else if (now - lastChange >= TimeSpan.FromSeconds(2) && now - start >= TimeSpan.FromSeconds(5)) break;
        }
        return (DateTime.UtcNow - start, compiled);
    }
}
