using Microsoft.Extensions.Options;
using Platform.Hosting.Http;
using Platform.Publish.Configuration;

namespace Platform.OperatorConsole.Security;

/// <summary>
/// The keys that open the console: admin keys (<c>Platform:Publish:AdminApiKeys</c>, the publish module's settings, shared with the admin API) and
/// viewer keys (<c>Platform:Console:ViewerApiKeys</c>). Only their SHA-256 hashes are held, compared in constant time.
/// </summary>
public sealed class ConsoleKeys
{
    private readonly string[] _admin;
    private readonly string[] _viewer;

    public ConsoleKeys(IOptions<PublishOptions> publish, IOptions<ConsoleOptions> console)
    {
        ArgumentNullException.ThrowIfNull(publish);
        ArgumentNullException.ThrowIfNull(console);
        _admin = PublishOptionsValidator.AdminKeys(publish.Value).Select(ApiKeyCredentials.Hash).ToArray();
        _viewer = Split(console.Value.ViewerApiKeys).Select(ApiKeyCredentials.Hash).ToArray();
    }

    /// <summary>Whether any admin key is configured; without one no action is possible.</summary>
    public bool AdminEnabled => _admin.Length > 0;

    /// <summary>The role a key grants, or null when it is not a configured key.</summary>
    public ConsoleRole? RoleOf(string? key) => key is { Length: > 0 } ? RoleOfHash(ApiKeyCredentials.Hash(key)) : null;

    /// <summary>The role the key with this hash (<see cref="ApiKeyCredentials.Hash"/>) grants now (a removed key grants nothing).</summary>
    public ConsoleRole? RoleOfHash(string hash)
    {
        if (ApiKeyCredentials.IsKnown(hash, _admin)) return ConsoleRole.Admin;
        return ApiKeyCredentials.IsKnown(hash, _viewer) ? ConsoleRole.Viewer : null;
    }

    private static string[] Split(string? keys) =>
        (keys ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
