using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Publish.Webhooks;

/// <summary>Puts the registered <see cref="AdminApiKeyFilter"/> singleton (keys hashed once at start-up) in front of endpoints.</summary>
public static class AdminKeyRequirement
{
    public static TBuilder RequireAdminKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<AdminApiKeyFilter>().InvokeAsync(context, next));
}
