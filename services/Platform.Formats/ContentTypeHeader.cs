namespace Platform.Formats;

/// <summary>The media type and charset parameter of a Content-Type header value.</summary>
public static class ContentTypeHeader
{
    public static string? MediaType(string? contentType) =>
        contentType?.Split(';')[0].Trim().ToLowerInvariant() is { Length: > 0 } m ? m : null;

    public static string? Charset(string? contentType)
    {
        if (contentType is null) return null;
        foreach (var part in contentType.Split(';').Skip(1))
        {
            var kv = part.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase)) return kv[1].Trim().Trim('"');
        }
        return null;
    }
}
