using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>An e-paper system's story record printed as text names the paper and the day: page meta, not markup or body.</summary>
public sealed class EpaperRecordTests
{
    [Theory]
    [InlineData("2025-03-05 5 5 青溪日报 content_201978.html 1 3 青溪县开展志愿服务 /enpproperty-->")]
    [InlineData("--> 2025-08-12 白河 1 1 青溪日报 content_158754.html 1 “绿挎包”播撒文明种子 /enpproperty-->")]
    [InlineData("2021-12-29 1 1 青溪日报 content_1.html 1 某镇志愿服务 /enpproperty -->")]
    public void Record_is_page_meta(string line)
    {
        Assert.True(EpaperRecord.Is(line));
        var result = Parsing.Parse("青溪县开展志愿服务\n\n本报讯(记者 孙立)近日,青溪县组织志愿者清扫街道,为居民营造整洁环境。\n\n" + line);
        Assert.Contains(result.Bulletin.Discarded, d => d.Reason == DiscardReasons.PageMeta && d.Text.Contains("content_", StringComparison.Ordinal));
        Assert.DoesNotContain("enpproperty", result.Articles.Single().Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!--enpproperty <articleid>1</articleid>")]   // the comment's markup, no record
    [InlineData("青溪日报 content_1.html")]                     // a file name without the system's marker
    public void Other_lines_are_no_record(string line) => Assert.False(EpaperRecord.Is(line));
}
