using Platform.OperatorConsole.Provenance;

namespace Platform.Console.Tests.Provenance;

public sealed class FieldFinderTests
{
    private static string[] Pieces(string source, string field) =>
        new FieldFinder(source).Find(field).Select(p => source.Substring(p.Offset, p.Length)).ToArray();

    public static TheoryData<string, string, string[]> Cases => new()
    {
        // Exact text.
        { "引题\n标题在此\n正文", "标题在此", ["标题在此"] },
        // A title broken over two lines is found across the break; the span keeps the break.
        { "海淀区新时代文明\n实践中心高举旗帜\n", "海淀区新时代文明实践中心高举旗帜", ["海淀区新时代文明\n实践中心高举旗帜"] },
        // Joined with a space by the parser, printed without one.
        { "高举旗帜发动群众", "高举旗帜 发动群众", ["高举旗帜发动群众"] },
        // A paragraph repaired across a column break is found as two pieces around the interruption.
        { "第一段前半部分内容\n【页眉广告文字】\n后半部分内容结束", "第一段前半部分内容后半部分内容结束", ["第一段前半部分内容", "后半部分内容结束"] },
        // Text that is not there is not guessed.
        { "完全不同的一段文字", "这里没有的标题内容", [] },
        { "abc", "", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_a_field_in_the_source_across_line_breaks_and_repairs(string source, string field, string[] expected) =>
        Assert.Equal(expected, Pieces(source, field));

    [Fact]
    public void Repeated_text_is_found_in_reading_order_after_the_previous_field()
    {
        const string source = "标题一\n同样的句子出现\n标题二\n同样的句子出现";
        var finder = new FieldFinder(source);
        finder.Find("标题二");
        var second = Assert.Single(finder.Find("同样的句子出现"));
        Assert.Equal(source.LastIndexOf("同样的句子出现", StringComparison.Ordinal), second.Offset);
    }
}
