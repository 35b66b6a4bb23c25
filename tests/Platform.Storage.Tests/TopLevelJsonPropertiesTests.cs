using System.Text;
using Platform.Storage.Json;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

/// <summary>The direct scan of compact JSON finds exactly what <see cref="System.Text.Json.Utf8JsonReader"/> finds.</summary>
public sealed class TopLevelJsonPropertiesTests
{
    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"id":"a-01"}""")]
    [InlineData("""{"id":"a-01","title":"标题","status":"published","byline":{"authors":[]},"text":"正文，\"引号\"","version":3,"warnings":["w"]}""")]
    [InlineData("""{"text":"a\\","n":-12.5,"t":true,"f":false,"z":null}""")]
    [InlineData("""{"nested":{"a":[1,{"b":"}]{["},[]],"c":"\"}"},"after":0}""")]
    [InlineData("""{"big":1.5e3,"small":-2E-4}""")]
    [InlineData("""{"esc\u0061ped":1,"plain":2}""")]
    [InlineData("""{ "id" : "a-01" , "n" : 1 }""")]
    [InlineData("""{"id":"a-01"} """)]
    [InlineData("""{"id":"a-01"}trailing""")]
    [InlineData("""{"n":tru}""")]
    [InlineData("""{"n":01x}""")]
    [InlineData("""{"id":"a-01","title":"标题""")]
    [InlineData("""{"id":"a-01","n":12""")]
    [InlineData("""{"id":"a-01","o":{"a":[1,2]""")]
    [InlineData("""{"id":"a-01",""")]
    [InlineData("""{"id""")]
    [InlineData("""["id"]""")]
    [InlineData("""{""")]
    [InlineData("")]
    public void The_scan_gives_the_readers_names_and_ranges(string json) =>
        Assert.Equal(TopLevelJsonProperties.ByReader(Utf8(json)), TopLevelJsonProperties.Of(Utf8(json)));

    [Fact]
    public void A_stored_article_is_scanned_to_the_readers_ranges()
    {
        var json = StoredJson.Serialize(StoreDocuments.Article("b-1", 1));
        var properties = TopLevelJsonProperties.Of(json);
        Assert.NotNull(properties);
        Assert.Contains(properties, p => p.Name == "title");
        Assert.Equal(TopLevelJsonProperties.ByReader(json), properties);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
