using System.Text.Json.Nodes;

namespace Platform.Publish.Tests.Http;

/// <summary>
/// The OpenAPI document the host serves describes the answers it really gives: every status, media type and property
/// of every captured answer is documented, with its type. The document is inferred from the handlers' typed results,
/// so this holds by construction; the test keeps it so.
/// </summary>
public sealed class OpenApiConformanceTests(ApiResponses responses) : IClassFixture<ApiResponses>
{
    private OpenApiConformance Conformance => new(JsonNode.Parse(responses.OpenApiDocument)!);

    [Fact]
    public void Every_answer_is_described_by_the_served_document()
    {
        var mismatches = responses.All
            .SelectMany(r => Conformance.Check(r).Select(e => $"{r.Request} → {r.Status}: {e}"))
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.Contains(responses.All, r => r.Template == "/v1/subscriptions/{id}/deliveries" && r.Status == 200);
    }

    [Theory]
    [InlineData("GET", "/v1/subscriptions", 200, """{"items":[],"secret":"x"}""", "$.secret is written but not documented")]
    [InlineData("GET", "/v1/events", 200, """{"events":[]}""", "$.next is documented as required but not written")]
    [InlineData("GET", "/v1/events", 200, """{"events":[],"next":true}""", "$.next is boolean")]
    [InlineData("GET", "/v1/subscriptions/{id}", 418, "{}", "status 418 is not documented")]
    [InlineData("DELETE", "/v1/subscriptions/{id}", 204, "{}", "no application/json body is documented")]
    public void A_disagreement_is_reported(string method, string template, int status, string body, string expected)
    {
        var errors = Conformance.Check(new CapturedResponse(method, template, template, status, "application/json; charset=utf-8", body));
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }
}
