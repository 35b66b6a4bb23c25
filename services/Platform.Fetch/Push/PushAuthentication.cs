using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Platform.Fetch.Configuration;
using Platform.Hosting.Http;
using Platform.Storage;

namespace Platform.Fetch.Push;

/// <summary>
/// The endpoint filter in front of pushes: finds the source behind the API key (<c>Authorization: Bearer …</c> or
/// <c>X-Api-Key</c>), from <c>Platform:Fetch:ApiKeys</c> or the sources collection, and hands it to the handler as a
/// <see cref="PushSource"/> feature. Refuses with 401 (missing or unknown key) or 403 (revoked key).
/// </summary>
public sealed class PushAuthentication : IEndpointFilter
{
    private readonly IDocumentStore _store;
    private readonly FetchOptions _options;
    private readonly ApiKeyMap _configured;

    public PushAuthentication(IDocumentStore store, IOptions<FetchOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options.Value;
        // Validated at start-up (FetchOptionsValidator): a malformed setting never gets this far.
        _configured = ApiKeyMap.Parse(_options.ApiKeys).Map ?? throw new OptionsValidationException(FetchOptions.Section, typeof(FetchOptions), [ApiKeyMap.Format]);
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var (sourceId, problem) = await AuthenticateAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (problem is not null) return problem;
        http.Features.Set(new PushSource(sourceId!));
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>The source id, or a problem (401 missing/unknown key, 403 revoked key).</summary>
    public async Task<(string? SourceId, IResult? Problem)> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = ApiKeyCredentials.Read(request);
        if (key is null)
        {
            if (!_options.RequireApiKey) return ("anonymous", null);
            request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return (null, PlatformProblems.Create(StatusCodes.Status401Unauthorized, "missing-api-key", "API key required",
                "Send the source's API key as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'."));
        }
        var hash = ApiKeyCredentials.Hash(key);
        if (_configured.SourceOf(hash) is { } configured) return (configured, null);
        var source = await _store.Sources.FindByKeyHashAsync(hash, cancellationToken).ConfigureAwait(false);
        if (source is null)
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return (null, PlatformProblems.Create(StatusCodes.Status401Unauthorized, "invalid-api-key", "Unknown API key", "The API key is not known."));
        }
        if (source.RevokedAt is not null)
        {
            return (null, PlatformProblems.Create(StatusCodes.Status403Forbidden, "revoked-api-key", "API key revoked",
                $"The key of source '{source.Id}' was revoked."));
        }
        return (source.Id, null);
    }
}
