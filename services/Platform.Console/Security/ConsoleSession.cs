using Platform.Hosting.Http;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Platform.OperatorConsole.Security;

/// <summary>
/// Resolves the caller of a console request. A key arrives as <c>Authorization: Bearer</c> / <c>X-Api-Key</c> (scripts)
/// or through the sign-in form, which issues a data-protected cookie holding the key's SHA-256 hash, never the key.
/// The hash is checked against the configured keys on every request, so removing a key ends its sessions.
/// </summary>
public sealed class ConsoleSession(ConsoleKeys keys, IOptions<ConsoleOptions> options)
{
    public const string Scheme = "PlatformConsole";
    private const string KeyHashClaim = "console-key-sha256";
    private static readonly object CallerItem = new();

    public async Task<ConsoleCaller> CallerAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items.TryGetValue(CallerItem, out var cached) && cached is ConsoleCaller known) return known;
        var (role, signedIn) = await RoleAsync(http).ConfigureAwait(false);
        var loopback = http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);
        var caller = new ConsoleCaller(role, ConsoleAccessPolicy.CanRead(loopback, options.Value.OpenOnLoopback, role),
            ConsoleAccessPolicy.CanAct(role), signedIn);
        http.Items[CallerItem] = caller;
        return caller;
    }

    /// <summary>Signs the caller in with <paramref name="key"/>; false (and no cookie) when the key is not configured.</summary>
    public async Task<bool> SignInAsync(HttpContext http, string? key)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (keys.RoleOf(key) is not { } role) return false;
        var identity = new ClaimsIdentity([
            new Claim(KeyHashClaim, ApiKeyCredentials.Hash(key!)),
            new Claim(ClaimTypes.Role, role.ToString()),
        ], Scheme);
        await http.SignInAsync(Scheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        http.Items.Remove(CallerItem);
        return true;
    }

    public Task SignOutAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Items.Remove(CallerItem);
        return http.SignOutAsync(Scheme);
    }

    private async Task<(ConsoleRole? Role, bool SignedIn)> RoleAsync(HttpContext http)
    {
        if (ApiKeyCredentials.Read(http.Request) is { } key) return (keys.RoleOf(key), false);
        var result = await http.AuthenticateAsync(Scheme).ConfigureAwait(false);
        if (!result.Succeeded || result.Principal.FindFirst(KeyHashClaim)?.Value is not { } hash) return (null, false);
        return (keys.RoleOfHash(hash), true);
    }
}
