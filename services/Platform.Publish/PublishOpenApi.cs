using Microsoft.Extensions.DependencyInjection;

namespace Platform.Publish;

/// <summary>
/// Brings this module's XML documentation (response records, request bodies) into the host's OpenAPI document: the
/// framework's XML-comment generator only reads the comments of the assembly that calls <c>AddOpenApi</c> and of what it
/// references, and the host's call sits in Platform.Hosting, which does not reference this module.
/// </summary>
public static class PublishOpenApi
{
    public static IServiceCollection AddPublishOpenApi(this IServiceCollection services) => services.AddOpenApi();
}
