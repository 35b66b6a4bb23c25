using Microsoft.AspNetCore.Http;

namespace Platform.Publish.Webhooks;

/// <summary>RFC 9457 problem details of the admin endpoints, typed <c>urn:platform:problem:&lt;name&gt;</c> like the rest of the API.</summary>
internal static class AdminProblems
{
    public static IResult Problem(int status, string type, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title, type: "urn:platform:problem:" + type);
}
