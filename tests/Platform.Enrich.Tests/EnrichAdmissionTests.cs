using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Hosting.Configuration;
using Platform.Hosting.Memory;
using Platform.Storage;
using Platform.Testing;

namespace Platform.Enrich.Tests;

/// <summary>
/// The enrich consumer under a document memory budget that holds one large document: every article is metered
/// (no threshold), so while another large document holds the whole budget an article waits instead of being enriched.
/// </summary>
public sealed class EnrichAdmissionTests() : StageTests(bus =>
{
    bus.AddEnrichStage();
    bus.Configure<DocumentMemoryOptions>(o =>
    {
        o.BudgetChars = Budget;
        o.UnmeteredChars = 0;
    });
})
{
    private const long Budget = 1_000;

    [Fact]
    public async Task A_large_article_is_not_enriched_while_another_large_document_holds_the_budget_and_is_once_it_is_done()
    {
        var parsed = Seeds.Parse("003", "00000000000000c4");
        await Stage.Store.Bulletins.PutAsync(parsed.Bulletin, null, CancellationToken.None);
        var article = parsed.Articles[0];
        await Stage.Store.Articles.PutAsync(article, null, CancellationToken.None);
        var memory = Stage.Service<DocumentMemoryBudget>();
        var other = await memory.EnterAsync(Budget, CancellationToken.None);

        await Stage.Harness.Bus.Publish(new ArticleParsed(article.Id, article.BulletinId, article.Ordinal));
        await Eventually.UntilAsync(() => Task.FromResult(memory.Waiting == 1), TimeSpan.FromSeconds(30),
            () => "the consumer did not wait for the budget");
        Assert.Equal(PipelineStatus.Parsed, (await Stage.Store.Articles.GetAsync(article.Id))!.Status);

        other.Dispose();
        Assert.True(await Stage.Harness.Published.Any<ArticleEnriched>(m => m.Context.Message.ArticleId == article.Id));
        Assert.Equal(PipelineStatus.Enriched, (await Stage.Store.Articles.GetAsync(article.Id))!.Status);
        Assert.Equal(0, memory.InUse);
    }
}
