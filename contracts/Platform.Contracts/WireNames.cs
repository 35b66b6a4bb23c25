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

    /// <summary>
    /// The member whose wire name is <paramref name="name"/> (ignoring case); nothing else: no numbers, no
    /// comma-separated lists, which an enum or JSON parser would take.
    /// </summary>
    public static bool TryParse<TEnum>(string? name, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var member in Enum.GetValues<TEnum>())
        {
            if (!string.Equals(Of(member), name, StringComparison.OrdinalIgnoreCase)) continue;
            value = member;
            return true;
        }
        value = default;
        return false;
    }
}
