using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Platform.Hosting.Configuration;

namespace Platform.Publish.Webhooks;

/// <summary>
/// Guards the admin endpoints (webhook subscriptions, replay) with the keys of <c>Platform:Publish:AdminApiKeys</c>,
/// sent as <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c>. Keys are held and compared only as SHA-256
/// hashes in constant time (the scheme of the fetch service's ApiKeyHasher, mirrored to keep the modules apart).
/// No configured key: every admin request is refused (403), so nothing is open by default.
/// </summary>
public sealed class AdminApiKeyFilter : IEndpointFilter
{
    public const int MinKeyLength = 16;
    private readonly byte[][] _hashes;

    public AdminApiKeyFilter(PlatformOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var keys = (options.Publish.AdminApiKeys ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (keys.Any(k => k.Length < MinKeyLength))
            throw new InvalidOperationException($"Platform:Publish:AdminApiKeys must be a comma-separated list of keys of at least {MinKeyLength} characters.");
        _hashes = keys.Select(Hash).ToArray();
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (_hashes.Length == 0)
            return AdminProblems.Problem(StatusCodes.Status403Forbidden, "admin-disabled", "Admin API disabled",
                "No admin key is configured (Platform:Publish:AdminApiKeys).");
        var key = ReadKey(context.HttpContext.Request);
        if (key is null)
            return AdminProblems.Problem(StatusCodes.Status401Unauthorized, "missing-api-key", "Admin key required",
                "Send an admin key as 'Authorization: Bearer <key>' or 'X-Api-Key'.");
        var hash = Hash(key);
        var match = false;
        foreach (var known in _hashes) match |= CryptographicOperations.FixedTimeEquals(known, hash);
        if (!match)
            return AdminProblems.Problem(StatusCodes.Status401Unauthorized, "invalid-api-key", "Invalid admin key", "The admin key is not recognized.");
        return await next(context).ConfigureAwait(false);
    }

    private static string? ReadKey(HttpRequest request)
    {
        var auth = request.Headers.Authorization.ToString();
        if (auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return auth[7..].Trim() is { Length: > 0 } bearer ? bearer : null;
        return request.Headers["X-Api-Key"].ToString() is { Length: > 0 } header ? header.Trim() : null;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
