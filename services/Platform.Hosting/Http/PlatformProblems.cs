using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Hosting.Http;

/// <summary>
/// RFC 9457 problem details of every endpoint: <c>type</c> is <c>urn:platform:problem:&lt;name&gt;</c>, a name a client
/// can switch on; title and detail are for people.
/// </summary>
public static class PlatformProblems
{
    public const string TypePrefix = "urn:platform:problem:";

    /// <summary>The <c>type</c> URI of the problem called <paramref name="name"/>.</summary>
    public static string TypeOf(string name) => TypePrefix + name;

    public static ProblemHttpResult Create(int status, string name, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypeOf(name));

    /// <summary>400 with the invalid fields (field → messages) under <c>errors</c>.</summary>
    public static ValidationProblem Validation(IDictionary<string, string[]> errors, string name, string title, string detail) =>
        TypedResults.ValidationProblem(errors, detail: detail, title: title, type: TypeOf(name));

    /// <summary>404 <c>not-found</c>.</summary>
    public static ProblemHttpResult NotFound(string title, string detail) => Create(StatusCodes.Status404NotFound, "not-found", title, detail);

    /// <summary>400 <c>invalid-query</c>: a query parameter out of range.</summary>
    public static ProblemHttpResult InvalidQuery(string title, string detail) => Create(StatusCodes.Status400BadRequest, "invalid-query", title, detail);

    /// <summary>400 <c>invalid-body</c>: the body is not the JSON object the endpoint takes.</summary>
    public static ProblemHttpResult InvalidBody() =>
        Create(StatusCodes.Status400BadRequest, "invalid-body", "Invalid body", "The body must be a JSON object (Content-Type: application/json).");
}
