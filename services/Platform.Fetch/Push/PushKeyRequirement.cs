using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Fetch.Push;

/// <summary>Puts the registered <see cref="PushAuthentication"/> singleton (configured keys hashed once) in front of endpoints.</summary>
public static class PushKeyRequirement
{
    public static TBuilder RequirePushKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<PushAuthentication>().InvokeAsync(context, next));
}
