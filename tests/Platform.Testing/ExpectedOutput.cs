using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Platform.Testing;

/// <summary>
/// Compares <c>process --json</c> output with the checked subset in tests/fixtures/expected, by the rules of its
/// README: the one comparer every test project uses.
/// </summary>
public static class ExpectedOutput
{
    /// <summary>The fixture folder in the repository.</summary>
    public static string Directory { get; } = RepositoryRoot.Combine("tests", "fixtures", "expected");

    /// <summary>Names (without extension) of the seeds that have an expected-output fixture.</summary>
    public static IReadOnlyList<string> Names { get; } = System.IO.Directory.GetFiles(Directory, "*.json")
        .Select(f => Path.GetFileNameWithoutExtension(f)!)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The parsed fixture of one seed.</summary>
    public static JsonElement Load(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".json"))).RootElement;

    /// <summary>NFKC, then whitespace and dashes removed.</summary>
    public static string? Canonical(string? s)
    {
        if (s is null) return null;
        var sb = new StringBuilder();
        foreach (var c in s.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation || c == '—') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static IEnumerable<string> Differences(JsonElement expected, JsonElement actual)
    {
        foreach (var property in expected.GetProperty("bulletin").EnumerateObject())
        {
            var got = actual.GetProperty("bulletin").GetProperty(property.Name);
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in property.Value.EnumerateObject())
                {
                    if (!JsonElement.DeepEquals(got.GetProperty(field.Name), field.Value))
                        yield return $"bulletin.{property.Name}.{field.Name}: {got.GetProperty(field.Name)} != {field.Value}";
                }
            }
            else if (!JsonElement.DeepEquals(got, property.Value))
            {
                yield return $"bulletin.{property.Name}: {got} != {property.Value}";
            }
        }
        var articles = actual.GetProperty("articles").EnumerateArray().ToList();
        foreach (var e in expected.GetProperty("articles").EnumerateArray())
        {
            var kind = e.GetProperty("kind").GetString();
            var title = Canonical(Str(e, "title"));
            var match = articles.FirstOrDefault(a => a.GetProperty("kind").GetString() == kind && Canonical(Str(a, "title")) == title);
            if (match.ValueKind == JsonValueKind.Undefined)
            {
                yield return $"missing {kind} '{title}'";
                continue;
            }
            articles.Remove(match);
            var label = title ?? kind;
            if (e.TryGetProperty("kicker", out var kicker) && Canonical(kicker.GetString()) != Canonical(Str(match, "kicker")))
                yield return $"{label}: kicker {Str(match, "kicker")}";
            var authors = e.GetProperty("byline").GetProperty("authors").EnumerateArray().Select(a => Canonical(a.GetString())).ToArray();
            var gotAuthors = match.GetProperty("byline").GetProperty("authors").EnumerateArray().Select(a => Canonical(a.GetString())).ToArray();
            if (!authors.SequenceEqual(gotAuthors)) yield return $"{label}: authors {string.Join(",", gotAuthors)}";
            if (Canonical(Str(e.GetProperty("byline"), "organization")) != Canonical(Str(match.GetProperty("byline"), "organization")))
                yield return $"{label}: organization {Str(match.GetProperty("byline"), "organization")}";
            var accepted = new List<string> { e.GetProperty("region").GetString()! };
            if (e.TryGetProperty("regionAlsoAccepted", out var also)) accepted.AddRange(also.EnumerateArray().Select(a => a.GetString()!));
            var code = match.GetProperty("enrichment").GetProperty("regions").GetProperty("primary") is { ValueKind: JsonValueKind.Object } p
                ? p.GetProperty("code").GetString() : null;
            if (!accepted.Contains(code!)) yield return $"{label}: region {code}";
            if (e.TryGetProperty("flags", out var flags))
            {
                var got = match.GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ToHashSet();
                foreach (var flag in flags.EnumerateArray().Select(f => f.GetString()).Where(f => !got.Contains(f)))
                    yield return $"{label}: flag {flag} missing";
            }
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
