using Platform.Contracts.Documents;
using Platform.Contracts.Messages;
using Platform.Parsing;
using Platform.Storage;

namespace Platform.Parse;

/// <summary>The parse stage's decisions, apart from loading and storing: reject, skip unchanged articles, keep a bulletin published.</summary>
public static class ParsePolicy
{
    /// <param name="result">The parser's output for the raw bulletin.</param>
    /// <param name="existing">The bulletin as stored by an earlier parse, or null.</param>
    /// <param name="stored">The articles already stored under the result's article ids.</param>
    public static ParseDecision Decide(ParseResult result, Bulletin? existing, IReadOnlyDictionary<string, Article> stored)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stored);
        if (result.RejectReason is { } reason)
        {
            // Kept, marked rejected and announced: a bulletin that cannot be parsed is never silently dropped.
            var rejected = result.Bulletin with { Status = PipelineStatus.Rejected, RejectReason = reason };
            return new ParseDecision(rejected, [], reason, [new BulletinRejected(rejected.Id, reason)]);
        }
        // A changed parse (parser upgrade) restarts an article's way through the pipeline; an unchanged one is left alone.
        var changed = result.Articles.Where(a => !stored.TryGetValue(a.Id, out var s) || !ArticleContent.SameParse(s, a)).ToArray();
        var keepPublished = existing?.Status is PipelineStatus.Published && existing.ArticleIds.SequenceEqual(result.Bulletin.ArticleIds, StringComparer.Ordinal);
        var bulletin = result.Bulletin with { Status = keepPublished ? PipelineStatus.Published : PipelineStatus.Parsed };
        // Always announce, even when nothing changed: a crash after storing must not strand the articles.
        return new ParseDecision(bulletin, changed, null, [new BulletinParsed(bulletin.Id, result.Articles.Count, BulletinParser.Version)]);
    }
}
