using Platform.Contracts.Documents;

namespace Platform.Parsing.Tests;

/// <summary>Untitled text before or after a set of credited photos: the set's context, not an item.</summary>
public sealed class PhotoSetContextTests
{
    private const string Intro = "3月5日是学雷锋纪念日,青溪县各地志愿者走上街头,开展形式多样的志愿服务活动,传递文明新风。";
    private const string Context = "这组照片记录了青溪县居民参与社区治理的日常,邻里之间守望相助的故事每天都在发生。";
    private const string Captions =
        "3月5日,青溪县白河镇志愿者为居民义务理发。钱多多 摄\n\n" +
        "3月5日,青溪县城关社区志愿者清理楼道小广告。孙小立 摄\n";

    [Theory]
    [InlineData(Intro + "\n\n" + Captions)]
    [InlineData(Captions + "\n" + Context + "\n")]
    public void Context_paragraph_of_a_photo_set_is_no_item(string page)
    {
        var r = Parsing.Parse(page);
        Assert.Equal([ArticleKind.Photo, ArticleKind.Photo], r.Articles.Select(a => a.Kind));
        Assert.Contains(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.PhotoSetContext);
        Parsing.AssertNoTextLoss(page, r);
    }

    [Fact]
    public void Context_printed_after_the_first_photo_of_a_set_is_no_item()
    {
        var page = "3月4日,青溪县志愿者在车站引导旅客购票。钱多多 摄\n" + Intro + "\n" + Context + "\n\n" + Captions;
        var r = Parsing.Parse(page);
        Assert.Equal([ArticleKind.Photo, ArticleKind.Photo, ArticleKind.Photo], r.Articles.Select(a => a.Kind));
        Assert.Contains(r.Bulletin.Discarded, d => d.Reason == DiscardReasons.PhotoSetContext);
        Parsing.AssertNoTextLoss(page, r);
    }

    [Fact]
    public void The_report_under_a_titled_gallery_is_no_item()
    {
        var page = "青溪县学雷锋掠影(组图)\n\n3月5日,青溪县白河镇志愿者在镇文化广场为居民义务理发。钱多多 摄\n\n" +
                   "3月5日,青溪县城关社区志愿者清理楼道里张贴的小广告。孙小立 摄\n\n" + Intro + "\n\n" + Context + "\n\n" + Intro + "\n\n相关\n";
        var r = Parsing.Parse(page);
        Assert.Equal([ArticleKind.Photo, ArticleKind.Photo], r.Articles.Select(a => a.Kind));
        Assert.Equal("青溪县学雷锋掠影(组图)", r.Articles[0].Title);
        Parsing.AssertNoTextLoss(page, r);
    }

    [Fact]
    public void Dated_caption_closing_the_set_without_a_credit_is_a_photo()
    {
        var r = Parsing.Parse(Captions + "\n3月5日,青溪县社区图书室里,志愿者给孩子们讲绘本故事。\n");
        Assert.Equal([ArticleKind.Photo, ArticleKind.Photo, ArticleKind.Photo], r.Articles.Select(a => a.Kind));
        Assert.Empty(r.Articles[2].Byline.Authors);
    }

    [Fact]
    public void Text_next_to_a_single_photo_stays_an_item()
    {
        var r = Parsing.Parse(Intro + "\n\n3月5日,青溪县白河镇志愿者为居民义务理发。钱多多 摄\n");
        Assert.Equal(2, r.Articles.Count);
    }

    [Fact]
    public void Several_untitled_paragraphs_before_the_set_are_another_story()
    {
        var page = Intro + "\n" + Intro + "\n" + Intro + "\n\n" + Captions;
        Assert.Equal(3, Parsing.Parse(page).Articles.Count);
    }
}
