using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Platform.Hosting.Http;
using Platform.Publish.Configuration;

namespace Platform.Publish.Webhooks;

/// <summary>
/// Guards the admin endpoints (webhook subscriptions, replay) with the keys of <c>Platform:Publish:AdminApiKeys</c>,
/// sent as <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c> and held only as hashes (<see cref="ApiKeyCredentials"/>,
/// the scheme of push keys too), compared in constant time.
/// No configured key: every admin request is refused (403), so nothing is open by default.
/// </summary>
public sealed class AdminApiKeyFilter : IEndpointFilter
{
    private readonly string[] _hashes;

    /// <summary>Keys are hashed once here; their format was validated at start-up (<see cref="PublishOptionsValidator"/>).</summary>
    public AdminApiKeyFilter(IOptions<PublishOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _hashes = PublishOptionsValidator.AdminKeys(options.Value).Select(ApiKeyCredentials.Hash).ToArray();
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
