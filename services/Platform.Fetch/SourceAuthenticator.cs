using Microsoft.AspNetCore.Http;
using Platform.Hosting.Configuration;
using Platform.Hosting.Http;
using Platform.Storage;

namespace Platform.Fetch;

/// <summary>Finds the source behind an API key (Authorization: Bearer … or X-Api-Key), from configuration or the sources collection.</summary>
public sealed class SourceAuthenticator
{
    private readonly IDocumentStore _store;
    private readonly FetchOptions _options;
    private readonly Dictionary<string, string> _configuredHashes;

    public SourceAuthenticator(IDocumentStore store, PlatformOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options.Fetch;
        _configuredHashes = ParseConfiguredKeys(options.Fetch.ApiKeys);
    }

    /// <summary>The source id, or a problem result (401 missing/unknown key, 403 revoked key).</summary>
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
        if (_configuredHashes.TryGetValue(hash, out var configured)) return (configured, null);
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

    private static Dictionary<string, string> ParseConfiguredKeys(string? keys)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in (keys ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length < 8)
            {
                throw new InvalidOperationException("Platform:Fetch:ApiKeys must be a comma-separated list of source=key with keys of at least 8 characters.");
            }
            map[ApiKeyCredentials.Hash(parts[1])] = parts[0];
        }
        return map;
    }
}
