using System.Text;
using Platform.Formats.Pdf;

namespace Platform.Formats.Tests.Pdf;

public sealed class LineJoinerTests
{
    public static TheoryData<string, string, string> Joins => new()
    {
        { "实践中心第一时间发出", "倡议书", "实践中心第一时间发出倡议书" },
        { "the protection of the environ-", "ment matters", "the protection of the environment matters" },
        { "a well-", "Known name", "a well-Known name" },
        { "soft\u00AD", "hyphen", "softhyphen" },
        { "Latin words wrap at", "spaces", "Latin words wrap at spaces" },
        { "共 1000", "多支队伍", "共 1000多支队伍" },
        { "开展“三宣传”,", "and more", "开展“三宣传”, and more" },
        { "end of sentence.", "Next", "end of sentence. Next" },
        { "邮箱:jswmzhxyc@163.", "com", "邮箱:jswmzhxyc@163. com" },
    };

    [Theory]
    [MemberData(nameof(Joins))]
    public void Wrapped_lines_join_as_the_script_requires(string line, string next, string joined)
    {
        var paragraph = new StringBuilder(line);
        LineJoiner.Append(paragraph, next);
        Assert.Equal(joined, paragraph.ToString());
    }
}
