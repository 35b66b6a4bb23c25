using System.Text;
using Platform.Storage.Sqlite;

namespace Platform.Storage.Tests;

/// <summary>Recognizing an event body as the stored document without some top-level properties (and with some of its own after them), and rebuilding it byte for byte.</summary>
public sealed class DocumentProjectionTests
{
    private const string Document = """{"id":"a-01","title":"标题","status":"published","byline":{"authors":[]},"text":"正文，\"引号\"","version":3,"warnings":["w"]}""";

    [Theory]
    [InlineData(Document, "")]
    [InlineData("""{"id":"a-01","title":"标题","byline":{"authors":[]},"text":"正文，\"引号\"","version":3}""", "status,warnings")]
    [InlineData("""{"title":"标题","status":"published","byline":{"authors":[]},"text":"正文，\"引号\"","version":3,"warnings":["w"]}""", "id")]
    [InlineData("""{"warnings":["w"]}""", "id,title,status,byline,text,version")]
    [InlineData("{}", "id,title,status,byline,text,version,warnings")]
    [InlineData("""{"id":"a-01","title":"标题","byline":{"authors":[]},"text":"正文，\"引号\"","version":3,"bodyTruncated":false}""", "status,warnings\n\"bodyTruncated\":false")]
    [InlineData("""{"id":"a-01","title":"标题","extra":1}""", "status,byline,text,version,warnings\n\"extra\":1")]
    public void A_body_that_is_the_document_without_some_properties_is_recognized_and_rebuilt_byte_for_byte(string body, string dropped)
    {
        Assert.Equal(dropped, DocumentProjection.Dropped(Utf8(Document), Utf8(body)));
        Assert.Equal(body, Encoding.UTF8.GetString(DocumentProjection.Apply(Utf8(Document), dropped)));
    }

    [Theory]
    [InlineData("""{"id":"a-01","title":"别的","byline":{"authors":[]},"text":"正文，\"引号\"","version":3}""")]
    [InlineData("""{"id":"a-01","title":"标题","version":4}""")]
    [InlineData("""{"title":"标题","id":"a-01"}""")]
    [InlineData("""{"id":"a-01", "title":"标题"}""")]
    [InlineData("""{"extra":1}""")]
    [InlineData("""{"id":"a-01","title":"标题"} """)]
    [InlineData("""{"id":"a-01","title":"标题""")]
    [InlineData("""["id"]""")]
    [InlineData("")]
    public void A_body_with_other_values_order_spacing_or_properties_is_not_a_projection(string body) =>
        Assert.Null(DocumentProjection.Dropped(Utf8(Document), Utf8(body)));

    [Fact]
    public void A_document_that_is_not_a_json_object_projects_nothing() =>
        Assert.Null(DocumentProjection.Dropped(Utf8("[1,2]"), Utf8("{}")));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
