using Microsoft.AspNetCore.Http;
using Platform.Hosting.Configuration;
using Platform.Hosting.Http;

namespace Platform.Publish.Webhooks;

/// <summary>
/// Guards the admin endpoints (webhook subscriptions, replay) with the keys of <c>Platform:Publish:AdminApiKeys</c>,
/// sent as <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c> and held only as hashes (<see cref="ApiKeyCredentials"/>,
/// the scheme of push keys too), compared in constant time.
/// No configured key: every admin request is refused (403), so nothing is open by default.
/// </summary>
public sealed class AdminApiKeyFilter : IEndpointFilter
{
    public const int MinKeyLength = 16;
    private readonly string[] _hashes;

    public AdminApiKeyFilter(PlatformOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var keys = (options.Publish.AdminApiKeys ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (keys.Any(k => k.Length < MinKeyLength))
            throw new InvalidOperationException($"Platform:Publish:AdminApiKeys must be a comma-separated list of keys of at least {MinKeyLength} characters.");
        _hashes = keys.Select(ApiKeyCredentials.Hash).ToArray();
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (_hashes.Length == 0)
            return PlatformProblems.Create(StatusCodes.Status403Forbidden, "admin-disabled", "Admin API disabled",
                "No admin key is configured (Platform:Publish:AdminApiKeys).");
        var key = ApiKeyCredentials.Read(context.HttpContext.Request);
        if (key is null)
            return PlatformProblems.Create(StatusCodes.Status401Unauthorized, "missing-api-key", "Admin key required",
                "Send an admin key as 'Authorization: Bearer <key>' or 'X-Api-Key'.");
        if (!ApiKeyCredentials.IsKnown(ApiKeyCredentials.Hash(key), _hashes))
            return PlatformProblems.Create(StatusCodes.Status401Unauthorized, "invalid-api-key", "Invalid admin key", "The admin key is not recognized.");
        return await next(context).ConfigureAwait(false);
    }
}
