using Microsoft.AspNetCore.Http;

namespace Platform.OperatorConsole.Security;

/// <summary>
/// Keeps the console's pages closed to callers without read access: browsers are sent to the sign-in page, other
/// clients get a 401 problem (<c>urn:platform:problem:console-key-required</c>). Responses are never cached, since
/// they may show what only a key should reveal, and never framed.
/// </summary>
public sealed class ConsoleAccessMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, ConsoleSession session)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(session);
        var endpoint = http.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<ConsoleEndpoint>() is null)
        {
            await next(http).ConfigureAwait(false);
            return;
        }
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "same-origin";
        // No framing (an admin's action buttons must not be clickjacked); scripts only from this origin.
        http.Response.Headers["X-Frame-Options"] = "DENY";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
        var caller = await session.CallerAsync(http).ConfigureAwait(false);
        if (caller.CanRead || endpoint.Metadata.GetMetadata<PublicConsolePageAttribute>() is not null)
        {
            await next(http).ConfigureAwait(false);
            return;
        }
        if (HttpMethods.IsGet(http.Request.Method) && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
        {
            http.Response.Redirect("/sign-in?returnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
            return;
        }
        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Console key required",
            detail: "The console is open without a key only on loopback; sign in or send a viewer or admin key.",
            type: "urn:platform:problem:console-key-required").ExecuteAsync(http).ConfigureAwait(false);
    }
}
