namespace Platform.Publish.Tests.Http;

/// <summary>One real answer of the HTTP API: the request as sent, the route template it matched, and what came back.</summary>
public sealed record CapturedResponse(string Method, string Path, string Template, int Status, string? ContentType, string Body)
{
    /// <summary>The request line, e.g. <c>GET /v1/articles?limit=1</c>.</summary>
    public string Request => $"{Method} {Path}";
}
