using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Platform.Hosting;

/// <summary>
/// Every host serves the OpenAPI document of the endpoints it maps at <c>/openapi/v1.json</c>. The document is made
/// independent of the address it was fetched from (no <c>servers</c>), so the committed copies in contracts/openapi/
/// can be compared byte for byte with what a host serves.
/// </summary>
public static class OpenApiRegistration
{
    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services, string serviceName)
    {
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = $"Bulletin platform: {serviceName}",
                Version = "v1",
                Description = "Errors are RFC 9457 problem details (application/problem+json) with type urn:platform:problem:<name>. See README \"HTTP API\".",
            };
            document.Servers = [];
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapPlatformOpenApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }
}
