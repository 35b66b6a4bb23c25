using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Platform.Hosting.Http;

/// <summary>
/// Request headers over 32 KiB in all (Kestrel's own default) are answered 431 with the problem
/// <c>headers-too-large</c>. Kestrel refuses oversized headers before any middleware runs, with an empty body; so its
/// ceiling is raised to 1 MiB and the 32 KiB limit is applied here, where a problem body can be written. Only headers
/// over the 1 MiB ceiling still get Kestrel's bare 431.
/// </summary>
public static class RequestHeaderLimit
{
    public const int MaxBytes = 32 * 1024;
    public const int TransportCeilingBytes = 1024 * 1024;

    public static WebApplicationBuilder AddRequestHeaderLimit(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestHeadersTotalSize = TransportCeilingBytes;
            kestrel.Limits.Http2.MaxRequestHeaderFieldSize = TransportCeilingBytes;
        });
        return builder;
    }

    public static IApplicationBuilder UseRequestHeaderLimit(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(async (context, next) =>
        {
            var size = Size(context.Request.Headers);
            if (size <= MaxBytes)
            {
                await next(context).ConfigureAwait(false);
                return;
            }
            await PlatformProblems.Create(StatusCodes.Status431RequestHeaderFieldsTooLarge, "headers-too-large", "Request headers too large",
                $"The request headers hold {size} bytes; at most {MaxBytes} are accepted.").ExecuteAsync(context).ConfigureAwait(false);
        });
    }

    /// <summary>Header bytes as sent on HTTP/1.1: "name: value\r\n" per value.</summary>
    public static long Size(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        long size = 0;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values) size += name.Length + (value?.Length ?? 0) + 4;
        }
        return size;
    }
}
