using System.Net.Http.Headers;

namespace Platform.Fetch.Tests;

/// <summary>A push as a source sends it to the fetch host: <c>POST v1/bulletins</c> with a body, a bearer key and an idempotency key.</summary>
internal static class PushRequests
{
    /// <summary>A push of <paramref name="content"/>; without a bearer header when <paramref name="key"/> is null.</summary>
    public static HttpRequestMessage PushRequest(HttpContent? content, string? key = FetchHost.Key, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "v1/bulletins") { Content = content };
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (idempotencyKey is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        return request;
    }

    /// <summary>A body of <paramref name="bytes"/> declared as <paramref name="contentType"/>, or undeclared when it is null.</summary>
    public static ByteArrayContent Body(byte[] bytes, string? contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }
}
