using static Platform.Evaluation.Tests.Items;

namespace Platform.Evaluation.Tests;

/// <summary>
/// A synthetic gold file (Fixtures/synthetic-gold.json) and output covering every scoring rule; the expected tallies
/// are what the reference scorer (score_corpus.py) printed for the same pair.
/// </summary>
public sealed class ExtractionScorerTests
{
    private static readonly IReadOnlyList<GoldRecord> Gold =
        GoldFile.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "synthetic-gold.json")));

    private static readonly Dictionary<string, PredictedDocument> Outputs = new()
    {
        ["s-1"] = new PredictedDocument("s-1.txt",
        [
            Predicted("quote", "志愿服务让城市更温暖", ["李明"], "411602"),            // accepted kind and title; region wrong
            Predicted("photo", "图为慰问现场", ["王芳"], "430105"),                  // titled photo matched by photographer; title wrong
            Predicted("article", "社区文明实践站开放", ["张三"], "110108"),           // gold [] authors: a name is wrong
            Predicted("article", "弘扬新风尚文明家庭评选揭晓", [], "110100", subtitle: "——全区表彰一百户", organization: "海淀区文明办"),
            Predicted("article", "军民共建文明村", ["孟涛", "高粮"], "130600"),      // accepted author list and parent region
            Predicted("photo", authors: ["某某"], region: "430105"),              // untitled gold photo matched by region
            Predicted("photo", authors: ["孟涛"]),                                 // untitled gold photo matched by author
            Predicted("notice", "通知不计分"),                                       // not a scored kind
            Predicted("article", "多出来的一条"),                                    // extra
        ], new Dictionary<string, string>
        {
            ["publication"] = "首都精神文明建设(shè)情况简报", ["issue"] = "19", ["totalIssue"] = "", ["publisher"] = "首都精神文明办", ["date"] = "2024-05-01",
        }, null),
        ["s-3"] = new PredictedDocument("s-3.txt", [Predicted("article", "没有金标的条目")], new Dictionary<string, string>(), null),
    };

    private static readonly EvaluationReport Report = ExtractionScorer.Score(Gold, Outputs);

    // n, gold/predicted/matched items, then correct/total of title, authors, organization, region.
    public static TheoryData<string, int[], int[]> Documents() => new()
    {
        { "s-1", [8, 8, 7], [4, 5, 5, 6, 1, 1, 4, 6] },
        { "s-2", [1, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0] },
        { "s-3", [0, 1, 0], [0, 0, 0, 0, 0, 0, 0, 0] },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_document_scores_as_the_reference_scorer_does(string n, int[] items, int[] fields)
    {
        var d = Report.Documents.Single(x => x.N == n);
        Assert.Equal(items, new[] { d.Items.Gold, d.Items.Predicted, d.Items.Matched });
        Assert.Equal(fields, new[] { d.Title.Correct, d.Title.Total, d.Authors.Correct, d.Authors.Total, d.Organization.Correct, d.Organization.Total, d.Region.Correct, d.Region.Total });
    }

    [Fact]
    public void Masthead_counts_the_gold_fields_and_date_with_converter_pinyin_ignored()
    {
        // publication (pinyin removed), issue and date right; totalIssue 0 is empty; a null gold publisher is not checked.
        Assert.Equal(new FieldScore(3, 4), Report.Documents[0].Masthead);
        Assert.Null(Report.Documents[2].Masthead);
    }

    [Fact]
    public void Misses_name_each_wrong_field_then_missed_and_extra_items() =>
        Assert.Equal(["region", "title", "authors", "region", "missed", "extra"], Report.Documents[0].Misses.Select(m => m.Kind));

    [Fact]
    public void A_record_without_output_is_all_missed()
    {
        var d = Report.Documents[1];
        Assert.Null(d.File);
        Assert.Equal("missed", Assert.Single(d.Misses).Kind);
    }

    [Fact]
    public void Totals_are_summed_over_documents()
    {
        Assert.Equal(2, Report.DocumentsWithOutput);
        Assert.Equal(new ItemScore(9, 9, 7), Report.Items);
        Assert.Equal(0.7777777777777778, Report.Items.F1);
        Assert.Equal((new FieldScore(4, 5), new FieldScore(5, 6), new FieldScore(1, 1), new FieldScore(4, 6)), (Report.Title, Report.Authors, Report.Organization, Report.Region));
    }

    [Fact]
    public void Empty_scores_are_zero_and_field_accuracy_is_absent()
    {
        var empty = ExtractionScorer.Score([], new Dictionary<string, PredictedDocument>());
        Assert.Equal((0.0, 0.0, 0.0), (empty.Items.Precision, empty.Items.Recall, empty.Items.F1));
        Assert.Null(empty.Title.Accuracy);
    }
}
