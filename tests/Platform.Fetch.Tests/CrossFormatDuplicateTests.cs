using System.Net;
using System.Text;
using System.Text.Json;
using Platform.Contracts.Documents;
using Platform.Testing.Documents;
using static Platform.Fetch.Tests.PushRequests;

namespace Platform.Fetch.Tests;

/// <summary>
/// One bulletin pushed as text and then as a PDF, a Word document or a web page in site chrome is one bulletin: the
/// id is the content key of the extracted text, so the later push answers as a duplicate of the first.
/// </summary>
public sealed class CrossFormatDuplicateTests : IAsyncLifetime
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // A typeset PDF embeds its CJK font: far over the 64 KiB the other push tests allow.
    private readonly FetchHost host = new() { Settings = { ["Platform:Fetch:MaxBodyBytes"] = (32 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) } };

    public Task InitializeAsync() => host.InitializeAsync();

    public Task DisposeAsync() => host.DisposeAsync();

    public static TheoryData<string, string, Func<IReadOnlyList<DocumentBlock>, byte[]>, string> OtherFormats => new()
    {
        { "pdf in two columns", "001", b => BulletinPdf.Write(b, new PdfLayout(Columns: 2, Newspaper: true, RunningHead: "精神文明报")), "application/pdf" },
        { "docx with header and footer", "003", b => BulletinDocx.Write(b, new DocxLayout(MastheadInHeader: true, FooterInFooter: true)), Docx },
        { "web page in site chrome", "002", b => Encoding.UTF8.GetBytes(BulletinHtml.Write(b)), "text/html; charset=utf-8" },
    };

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public async Task Seed_pushed_as_text_then_in_another_format_is_one_bulletin(string label, string seedPrefix, Func<IReadOnlyList<DocumentBlock>, byte[]> write, string contentType)
    {
        ArgumentNullException.ThrowIfNull(write);
        var seed = Seeds.Read(seedPrefix);
        var (first, firstJson) = await PushAsync(Encoding.UTF8.GetBytes(seed), "text/plain; charset=utf-8");
        Assert.Equal(HttpStatusCode.Accepted, first);
        var id = firstJson.GetProperty("id").GetString()!;
        var blocks = DocumentBlock.FromText(seed, line => line.Length <= 30 && !line.Contains('。', StringComparison.Ordinal), _ => BlockRole.Body);

        var (again, json) = await PushAsync(write(blocks), contentType);

        Assert.True(again == HttpStatusCode.OK, $"{label}: {again} {json}");
        Assert.Equal("duplicate", json.GetProperty("status").GetString());
        Assert.Equal(id, json.GetProperty("id").GetString());
        Assert.Equal([id], await host.Store.RawBulletins.ListIdsAsync(null, null));
        var raw = await host.Store.RawBulletins.GetAsync(id);
        Assert.Equal(BulletinFormat.Text, raw!.Format);
        Assert.Equal(Encoding.UTF8.GetBytes(seed), raw.Bytes);
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> PushAsync(byte[] body, string contentType)
    {
        using var request = PushRequest(Body(body, contentType));
        using var response = await host.Client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
