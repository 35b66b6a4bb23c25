using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;

namespace Platform.Publish;

/// <summary>
/// Documents the JSON body an endpoint reads by hand (<see cref="Platform.Hosting.Http.JsonBody"/>). <c>Accepts&lt;T&gt;</c> would
/// also make routing refuse other content types with a bare 415, where the endpoint answers its own named problem.
/// </summary>
public static class RequestBodyDocumentation
{
    public static RouteHandlerBuilder DocumentJsonBody<T>(this RouteHandlerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddOpenApiOperationTransformer(async (operation, context, ct) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, ct).ConfigureAwait(false);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });
    }
}
