using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Platform.Contracts;

/// <summary>
/// The name an enum member has on the wire (JSON, stored columns, status texts): its
/// <see cref="JsonStringEnumMemberNameAttribute"/>, else its name in lower case. One place, so the JSON converter
/// and every other writer spell a member the same way, multi-word members included.
/// </summary>
public static class WireNames
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    /// <summary>The wire name of <paramref name="value"/>.</summary>
    public static string Of(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Cache.GetOrAdd(value, static v =>
            v.GetType().GetField(v.ToString(), BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
            ?? v.ToString().ToLowerInvariant());
    }
}
