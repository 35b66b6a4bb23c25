using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Publish.Webhooks;

/// <summary>
/// Puts the registered <see cref="AdminApiKeyFilter"/> singleton (keys hashed once at start-up) in front of endpoints,
/// and declares its refusals (401 missing or invalid key, 403 admin API disabled) for the OpenAPI document.
/// </summary>
public static class AdminKeyRequirement
{
    public static TBuilder RequireAdminKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder
            .AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<AdminApiKeyFilter>().InvokeAsync(context, next))
            .WithMetadata(Refusal(StatusCodes.Status401Unauthorized), Refusal(StatusCodes.Status403Forbidden));

    private static ProducesResponseTypeMetadata Refusal(int status) => new(status, typeof(ProblemDetails), ["application/problem+json"]);
}
