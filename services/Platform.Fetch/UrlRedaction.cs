using System.Text.RegularExpressions;

namespace Platform.Fetch;

/// <summary>
/// Credentials a configured URL may carry, removed before the URL is shown (GET /v1/feeds), logged, stored as a
/// bulletin's source or put in an error message: the user info (<c>user:password@</c>) and the values of query
/// parameters named like secrets (<c>token</c>, <c>key</c>, <c>sig</c>, <c>password</c>…), which become <c>***</c>.
/// </summary>
public static partial class UrlRedaction
{
    public const string Mask = "***";

    private static readonly string[] SecretNameParts = ["token", "key", "secret", "pass", "pwd", "auth", "sig", "cred", "session"];

    /// <summary>The URL without its credentials; an URL without any is returned as it was.</summary>
    public static string Of(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri) return url.OriginalString;
        var query = RedactQuery(url.Query);
        if (url.UserInfo.Length == 0 && ReferenceEquals(query, url.Query)) return url.AbsoluteUri;
        return new UriBuilder(url) { UserName = "", Password = "", Query = query.TrimStart('?') }.Uri.AbsoluteUri;
    }

    /// <summary>Every absolute URL within <paramref name="text"/> (an error message, a log line) redacted.</summary>
    public static string InText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return UrlPattern().Replace(text, m =>
        {
            // Punctuation closing the sentence around a URL is not part of it.
            var candidate = m.Value.TrimEnd('.', ',', ';', ':', ')', ']', '!', '?');
            var trailing = m.Value[candidate.Length..];
            if (!Uri.TryCreate(candidate, UriKind.Absolute, out var url)) return UserInfoPattern().Replace(candidate, "$1") + trailing;
            return (url.UserInfo.Length > 0 || !ReferenceEquals(RedactQuery(url.Query), url.Query) ? Of(url) : candidate) + trailing;
        });
    }

    private static string RedactQuery(string query)
    {
        if (query.Length <= 1) return query;
        var pairs = query[1..].Split('&');
        var changed = false;
        for (var i = 0; i < pairs.Length; i++)
        {
            var eq = pairs[i].IndexOf('=', StringComparison.Ordinal);
            if (eq < 0 || !IsSecretName(Uri.UnescapeDataString(pairs[i][..eq]))) continue;
            pairs[i] = pairs[i][..(eq + 1)] + Mask;
            changed = true;
        }
        return changed ? "?" + string.Join('&', pairs) : query;
    }

    private static bool IsSecretName(string name) => SecretNameParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s'""<>]+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@")]
    private static partial Regex UserInfoPattern();
}
