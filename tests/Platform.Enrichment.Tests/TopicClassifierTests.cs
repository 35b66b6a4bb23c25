using Platform.Enrichment.Topics;

namespace Platform.Enrichment.Tests;

public sealed class TopicClassifierTests
{
    private static readonly TopicClassifier Classifier = new(Taxonomy.Default);

    [Theory]
    [InlineData("安吉县深入推进垃圾分类工作", "开展垃圾分类宣传,垃圾分类检查。", "ecology")]
    [InlineData("青海同仁县助推全面打赢脱贫攻坚战", "精准扶贫,贫困户,脱贫攻坚。", "poverty-alleviation")]
    [InlineData("海东市全力推进移风易俗工作", "建立红白理事会,反对高价彩礼。", "customs-reform")]
    [InlineData("宁夏银川市举行示范性入队仪式", "新队员佩戴红领巾,少先队员报名。", "youth")]
    [InlineData("甘肃省古浪县:彩绘公益广告", "创新公益广告形式。", "public-service-ads")]
    [InlineData("太原市万柏林区部署创建全国文明城市工作", "创城工作。", "civilized-city")]
    [InlineData("湖南长沙开福区:好人战疫", "“中国好人”袁灿,身边好人。", "role-models")]
    [InlineData("福建福清市深化党群服务中心规范化建设", "党建引领,党群服务中心。", "party-building")]
    [InlineData("海淀区新时代文明实践中心共同抗疫", "文明实践志愿服务,疫情防控。", "civilization-practice")]
    public void Assigns_the_topic_the_article_is_about(string title, string body, string topic)
    {
        Assert.Contains(Classifier.Classify(title, "", "", body), t => t.Id == topic);
    }

    [Fact]
    public void Assigns_several_topics_with_explainable_evidence()
    {
        var topics = Classifier.Classify("海淀区新时代文明实践中心共同抗疫", "", "", "志愿服务队伍做好防疫值守,志愿者开展疫情防控志愿服务。");

        Assert.Contains(topics, t => t.Id == "volunteering");
        var epidemic = Assert.Single(topics, t => t.Id == "epidemic-prevention");
        Assert.Contains(epidemic.Evidence, e => e is { Term: "抗疫", Where: "title", Count: 1 });
        Assert.Contains(epidemic.Evidence, e => e is { Term: "疫情防控", Where: "body" });
        Assert.All(topics, t => Assert.InRange(t.Score, 0, 1));
    }

    [Fact]
    public void Text_without_topic_terms_has_no_topics()
    {
        Assert.Empty(Classifier.Classify("天气晴朗", "", "", "今天天气晴朗。"));
    }

    [Fact]
    public void Taxonomy_is_versioned_data_with_the_agreed_topic_ids()
    {
        var taxonomy = Taxonomy.Default;

        Assert.Equal("1.0.0", taxonomy.Version);
        Assert.Equal(
            ["epidemic-prevention", "civilization-practice", "volunteering", "civilized-city", "poverty-alleviation", "ecology",
             "role-models", "customs-reform", "party-building", "youth", "public-service-ads"],
            taxonomy.Topics.Select(t => t.Id));
    }
}
