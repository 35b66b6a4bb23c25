namespace Platform.Publish.Webhooks;

/// <summary>
/// AMQP topic-exchange matching, so a webhook filter means exactly what the same binding key means on the
/// exchange: words separated by '.', <c>*</c> matches one word, <c>#</c> zero or more.
/// </summary>
public static class RoutingPattern
{
    public const int MaxLength = 255;

    /// <summary>Non-empty, at most 255 characters, no empty words; <c>*</c> and <c>#</c> only as whole words.</summary>
    public static bool IsValid(string? pattern)
    {
        if (string.IsNullOrEmpty(pattern) || pattern.Length > MaxLength) return false;
        foreach (var word in pattern.Split('.'))
        {
            if (word.Length == 0) return false;
            if (word is "*" or "#") continue;
            if (word.Any(c => c is '*' or '#' || char.IsWhiteSpace(c) || char.IsControl(c))) return false;
        }
        return true;
    }

    public static bool Matches(string pattern, string routingKey)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(routingKey);
        return Match(pattern.Split('.'), 0, routingKey.Split('.'), 0);
    }

    private static bool Match(string[] pattern, int p, string[] key, int k)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == "#")
            {
                // '#' absorbs zero or more words: try every split (keys are a handful of words).
                for (var skip = k; skip <= key.Length; skip++)
                {
                    if (Match(pattern, p + 1, key, skip)) return true;
                }
                return false;
            }
            if (k >= key.Length) return false;
            if (pattern[p] != "*" && !string.Equals(pattern[p], key[k], StringComparison.Ordinal)) return false;
            p++;
            k++;
        }
        return k == key.Length;
    }
}
