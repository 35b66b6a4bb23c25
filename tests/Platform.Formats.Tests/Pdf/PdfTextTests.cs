namespace Platform.Formats.Tests.Pdf;

public sealed class PdfTextTests
{
    [Fact]
    public void Larger_type_becomes_headline_hints_in_reading_order()
    {
        var document = GeneratedDocuments.Extracted("002", "pdf, two columns");
        Assert.Equal(InputFormat.Pdf, document.Format);
        Assert.Equal(
            ["海淀区新时代文明实践中心高举旗帜 发动群众共同抗疫", "怀柔区新时代文明实践 科学抗“疫”贡献志愿服务力量", "延庆区依托“3+3+3+4”布局全面深化拓展 新时代文明实践中心建设试点工作"],
            document.Hints.Headlines.Select(h => h.Replace("\n", " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Lines_wrapped_in_a_column_are_joined_and_page_numbers_dropped()
    {
        var text = SeedTexts.Read("002");
        var document = GeneratedDocuments.Extracted("002", "pdf, two columns");
        var longest = text.Split('\n').MaxBy(l => l.Length)!;
        Assert.Contains(longest, document.Text.Split("\n\n"));
        Assert.DoesNotContain("- 2 -", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("精神文明报", document.Text, StringComparison.Ordinal);
        Assert.Contains(document.Warnings, w => w.Contains("page numbers", StringComparison.Ordinal));
    }
}
