namespace Platform.Publish.Tests;

/// <summary>The committed payload schemas (contracts/schemas) are exactly what the generator makes from the contract types.</summary>
public sealed class EventSchemaTests
{
    public static TheoryData<string> SchemaFiles() => new(PublicEventSchemas.All.Select(s => s.FileName));

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Committed_schema_equals_the_generated_one(string fileName)
    {
        var (_, type, title) = PublicEventSchemas.All.Single(s => s.FileName == fileName);
        var path = Path.Combine(RepositoryRoot.Path, "contracts", "schemas", fileName);
        Assert.True(File.Exists(path), $"{path} is missing: run `dotnet run --project services/Platform.Cli -- schema`");
        Assert.True(PublicEventSchemas.Generate(type, title) == File.ReadAllText(path),
            $"{path} is stale: the contract types changed. Regenerate with `dotnet run --project services/Platform.Cli -- schema` and update contracts/asyncapi.yaml if needed.");
    }

    [Fact]
    public void Article_schema_names_the_fields_downstream_relies_on()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(PublicEventSchemas.Generate(typeof(Platform.Contracts.Public.PublishedArticle), "t"));
        var properties = schema.RootElement.GetProperty("properties");
        foreach (var field in new[] { "id", "bulletinId", "kind", "title", "paragraphs", "enrichment", "version" })
            Assert.True(properties.TryGetProperty(field, out _), field);
        Assert.Equal("integer", properties.GetProperty("version").GetProperty("type").GetString());
        foreach (var bookkeeping in new[] { "status", "warnings" })
            Assert.False(properties.TryGetProperty(bookkeeping, out _), bookkeeping);
    }
}
