using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Platform.Hosting.Http;

/// <summary>
/// Reads a JSON request body by hand, so a missing or malformed body becomes the endpoint's own named problem
/// (<see cref="PlatformProblems.InvalidBody"/>) instead of the framework's bare 400.
/// </summary>
public static class JsonBody
{
    /// <summary>The body as <typeparamref name="T"/>; null when it is not JSON, not an object of that shape, or empty.</summary>
    public static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType()) return null;
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
