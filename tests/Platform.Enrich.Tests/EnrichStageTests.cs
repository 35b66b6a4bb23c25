using Platform.Contracts.Documents;
using Platform.Parsing;
using Platform.Storage;

namespace Platform.Enrich.Tests;

/// <summary>The enrich stage on MassTransit's test harness over SQLite, with a parsed seed bulletin to store.</summary>
public abstract class EnrichStageTests() : StageTests(bus => bus.AddEnrichStage())
{
    /// <summary>Parses seed <paramref name="seed"/> as bulletin <paramref name="bulletinId"/> and stores it (as <paramref name="change"/> makes it) and its articles, as the parse stage leaves them.</summary>
    protected async Task<ParseResult> StoreParsedAsync(string seed, string bulletinId, Func<Bulletin, Bulletin>? change = null)
    {
        var parsed = Seeds.Parse(seed, bulletinId);
        await Stage.Store.Bulletins.PutAsync(change is null ? parsed.Bulletin : change(parsed.Bulletin), null, CancellationToken.None);
        foreach (var article in parsed.Articles) await Stage.Store.Articles.PutAsync(article, null, CancellationToken.None);
        return parsed;
    }
}
