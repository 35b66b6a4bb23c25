namespace Platform.Parsing.Tests;

/// <summary>A candidate list's profiles, each opening like a résumé (李明,男,…), are the page's items.</summary>
public sealed class ResumeProfileTests
{
    [Theory]
    [InlineData("李明,男,汉族,1970年5月生,青溪县某村村医。", true)]
    [InlineData("王芳，女，1985年3月生，社区志愿者。", true)]
    [InlineData("張強,男,漢族,1966年2月生,中共黨員。", true)]
    [InlineData("李明说,男子汉就要有担当。", false)]        // no sex after the name
    [InlineData("活动现场,男女老少齐上阵。", false)]         // no person
    public void Reads_a_resume_opening(string paragraph, bool expected) => Assert.Equal(expected, ResumeProfiles.OpensResume(paragraph));

    [Fact]
    public void Resume_profiles_after_a_lead_are_items()
    {
        const string page = "本报讯(记者 周丽)日前,全省道德模范候选人名单公示结束,本市2人入选。\n\n" +
            "他们分别是:青溪县某村村医李明、南岭区某社区志愿者王芳。\n\n" +
            "李明,男,汉族,1970年5月生,青溪县某村村医。三十年来守护村民健康。\n\n" +
            "王芳,女,1985年3月生,南岭区某社区志愿者。她长年照顾独居老人。\n";
        var r = Parsing.Parse(page);
        Assert.Equal(3, r.Articles.Count);
        Assert.Equal(2, r.Articles[0].Paragraphs.Count);
        Assert.StartsWith("李明,男", r.Articles[1].Paragraphs[0]);
        Assert.StartsWith("王芳,女", r.Articles[2].Paragraphs[0]);
        Assert.All(r.Articles.Skip(1), a => Assert.Null(a.Title));
        Parsing.AssertNoTextLoss(page, r);
    }

    [Fact]
    public void One_resume_paragraph_stays_in_its_story()
    {
        const string page = "本报讯(记者 周丽)日前,本市李明入选全省道德模范候选人。\n\n" +
            "李明,男,汉族,1970年5月生,青溪县某村村医。三十年来守护村民健康。\n";
        Assert.Single(Parsing.Parse(page).Articles);
    }
}
