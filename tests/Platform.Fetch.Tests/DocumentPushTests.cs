using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Contracts.Documents;
using Platform.Testing.Documents;
using static Platform.Fetch.Tests.PushRequests;

namespace Platform.Fetch.Tests;

/// <summary>PDF and Word bulletins pushed over HTTP: accepted with their bytes kept as sent, or refused with a named problem.</summary>
public sealed class DocumentPushTests(FetchHost host) : IClassFixture<FetchHost>
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task Pdf_push_is_accepted_and_its_bytes_kept_as_received()
    {
        var pdf = ProblemDocuments.LatinPdf("Haidian district volunteers, pushed as PDF");
        using var response = await host.Client.SendAsync(PushRequest(Body(pdf, "application/pdf")));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("pdf", json.GetProperty("format").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("encoding").ValueKind);
        var raw = await host.Store.RawBulletins.GetAsync(json.GetProperty("id").GetString()!);
        Assert.Equal(pdf, raw!.Bytes);
        Assert.Equal("Haidian district volunteers, pushed as PDF", raw.Text);
        Assert.Equal(BulletinFormat.Pdf, raw.Format);
        Assert.Null(raw.Encoding);
    }

    [Fact]
    public async Task Docx_file_in_a_multipart_push_is_accepted()
    {
        var docx = BulletinDocx.Write([new DocumentBlock([new DocumentLine("怀柔区新时代文明实践 科学抗“疫”", true)], BlockRole.Body),
            new DocumentBlock([new DocumentLine("加强科普宣传,提升群众防控意识。", false)], BlockRole.Body)], new DocxLayout());
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(docx);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
        form.Add(file, "file", "简报.docx");
        using var response = await host.Client.SendAsync(PushRequest(form));
        Assert.Equal(HttpStatusCode.MultiStatus, response.StatusCode);
        var item = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items")[0];
        Assert.Equal("accepted", item.GetProperty("status").GetString());
        var raw = await host.Store.RawBulletins.GetAsync(item.GetProperty("id").GetString()!);
        Assert.Equal("怀柔区新时代文明实践 科学抗“疫”\n\n加强科普宣传,提升群众防控意识。", raw!.Text);
    }

    public static TheoryData<string, Func<byte[]>, string, HttpStatusCode, string> Refused => new()
    {
        { "legacy .doc", ProblemDocuments.LegacyWord, "application/msword", HttpStatusCode.UnsupportedMediaType, "unsupported-format" },
        { "encrypted pdf", () => ProblemDocuments.Encrypted(ProblemDocuments.LatinPdf()), "application/pdf", HttpStatusCode.UnprocessableEntity, "encrypted-document" },
        { "scanned pdf", ProblemDocuments.ImageOnlyPdf, "application/pdf", HttpStatusCode.UnprocessableEntity, "no-text-layer" },
        { "broken docx", ProblemDocuments.WordWithoutDocument, Docx, HttpStatusCode.UnprocessableEntity, "malformed-document" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Unreadable_document_gets_its_named_problem_and_stores_nothing(string label, Func<byte[]> make, string contentType, HttpStatusCode status, string problem)
    {
        ArgumentNullException.ThrowIfNull(make);
        var before = (await host.Store.RawBulletins.ListIdsAsync(null, null)).Count;
        using var response = await host.Client.SendAsync(PushRequest(Body(make(), contentType)));
        Assert.True(status == response.StatusCode, $"{label}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("urn:platform:problem:" + problem, json.GetProperty("type").GetString());
        Assert.Equal(before, (await host.Store.RawBulletins.ListIdsAsync(null, null)).Count);
    }
}
