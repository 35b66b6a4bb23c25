using System.Text.Json;
using Platform.Testing;

namespace Platform.Parsing.Tests;

/// <summary>The checked subset in tests/fixtures/expected, compared with the matching rules of its README.</summary>
public sealed class ExpectedOutputTests
{
    public static TheoryData<string> Fixtures() => [.. ExpectedOutput.Names];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Output_matches_the_expected_fixture(string name)
    {
        var result = Parsing.Parse(Parsing.Seed(name[..3]));
        var root = ExpectedOutput.Load(name);

        var bulletin = root.GetProperty("bulletin");
        if (bulletin.TryGetProperty("year", out var year)) Assert.Equal(year.GetInt32(), result.Bulletin.Year);
        if (bulletin.TryGetProperty("masthead", out var m))
        {
            var actual = result.Bulletin.Masthead!;
            Assert.Equal(m.GetProperty("publication").GetString(), actual.Publication);
            Assert.Equal(m.GetProperty("issue").GetInt32(), actual.Issue);
            Assert.Equal(m.GetProperty("totalIssue").GetInt32(), actual.TotalIssue);
            Assert.Equal(m.GetProperty("publisher").GetString(), actual.Publisher);
            Assert.Equal(m.GetProperty("date").GetString(), actual.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        if (bulletin.TryGetProperty("footer", out var f))
        {
            var actual = result.Bulletin.Footer!;
            Assert.Equal(f.GetProperty("editor").GetString(), actual.Editor);
            Assert.Equal(f.GetProperty("reviewer").GetString(), actual.Reviewer);
            Assert.Equal(f.GetProperty("phone").GetString(), actual.Phone);
            Assert.Equal(f.GetProperty("fax").GetString(), actual.Fax);
            Assert.Equal(f.GetProperty("email").GetString(), actual.Email);
        }
        if (bulletin.TryGetProperty("sections", out var s))
            Assert.Equal(s.EnumerateArray().Select(x => x.GetString()), result.Bulletin.Sections);

        var expectedItems = root.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(expectedItems.Count, result.Articles.Count);
        var used = new HashSet<int>();
        var lastIndex = -1;
        foreach (var e in expectedItems)
        {
            var kind = e.GetProperty("kind").GetString();
            var title = e.TryGetProperty("title", out var t) ? Parsing.Key(t.GetString()) : null;
            var index = result.Articles.ToList().FindIndex(a =>
                !used.Contains(a.Ordinal) && JsonNamingPolicy.CamelCase.ConvertName(a.Kind.ToString()) == kind && Parsing.Key(a.Title) == title);
            Assert.True(index >= 0, $"no {kind} titled {title}");
            Assert.True(index > lastIndex, $"{kind} {title} out of reading order");
            lastIndex = index;
            var a = result.Articles[index];
            used.Add(a.Ordinal);
            if (e.TryGetProperty("kicker", out var k)) Assert.Equal(Parsing.Key(k.GetString()), Parsing.Key(a.Kicker));
            if (e.TryGetProperty("subtitle", out var st)) Assert.Equal(Parsing.Key(st.GetString()), Parsing.Key(a.Subtitle));
            if (e.TryGetProperty("byline", out var by))
            {
                Assert.Equal(by.GetProperty("authors").EnumerateArray().Select(x => Parsing.Key(x.GetString())), a.Byline.Authors.Select(Parsing.Key));
                Assert.Equal(Parsing.Key(by.GetProperty("organization").GetString()), Parsing.Key(a.Byline.Organization));
            }
            // The expected flags must be present; the parser may raise more (e.g. ocrNoise for " and ").
            if (e.TryGetProperty("flags", out var flags))
                foreach (var flag in flags.EnumerateArray()) Assert.Contains(flag.GetString()!, a.Flags);
        }
    }
}
