using Microsoft.AspNetCore.Http;

namespace Platform.Fetch;

/// <summary>RFC 9457 problem details with stable <c>type</c> URIs per problem.</summary>
public static class Problems
{
    public const string TypePrefix = "urn:platform:problem:";

    public static IResult Create(int status, string type, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title, type: TypePrefix + type, extensions: extensions);
}
