using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Documents;
using Platform.Enrichment;
using Platform.Fetch;
using Platform.Parsing;

namespace Platform.Cli;

/// <summary><c>platform process</c>: parse + enrich files in-process (no store, no bus) and print the documents.</summary>
public static class ProcessCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Bulletin files (text or HTML, any common encoding).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print exactly one JSON document per input file, one per line." };
        var command = new Command("process", "Parse and enrich files and print the result.") { files, json };
        command.SetAction((result, ct) => Task.FromResult(Process(InputFiles.Expand(result.GetValue(files)!), result.GetValue(json))));
        return command;
    }

    private static int Process(IReadOnlyList<string> files, bool json)
    {
        var parser = new BulletinParser();
        var enricher = ArticleEnricher.CreateDefault();
        var failures = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            JsonObject document;
            try
            {
                document = ProcessOne(name, File.ReadAllBytes(file), InputFiles.ContentTypeOf(file), parser, enricher);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                document = Error(name, "unreadable-file", ex.Message);
            }
            if (document.ContainsKey("error")) failures++;
            if (json)
            {
                Console.WriteLine(document.ToJsonString(DocumentJson.Options));
            }
            else
            {
                PrintHuman(document);
            }
        }
        return failures > 0 ? 1 : 0;
    }

    internal static JsonObject ProcessOne(string name, byte[] bytes, string? contentType, BulletinParser parser, ArticleEnricher enricher)
    {
        var (decoded, failure) = BulletinDecoder.Decode(bytes, contentType);
        if (decoded is null) return Error(name, failure!.ProblemType, failure.Detail);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(decoded.Text)));
        var parsed = parser.Parse(decoded.Text, new ParseContext(sha[..16], "cli", sha, DateTimeOffset.UtcNow));
        var context = new EnrichmentContext(parsed.Bulletin);
        var articles = parsed.Articles.Select(article =>
        {
            var result = enricher.Enrich(article, context);
            return article with
            {
                Enrichment = result.Enrichment,
                EnrichmentVersion = ArticleEnricher.Version,
                Status = PipelineStatus.Enriched,
                Warnings = article.Warnings.Concat(result.Warnings).ToArray(),
            };
        }).ToArray();
        var bulletin = parsed.RejectReason is { } reason ? parsed.Bulletin with { Status = PipelineStatus.Rejected, RejectReason = reason } : parsed.Bulletin;
        return new JsonObject
        {
            ["file"] = name,
            ["encoding"] = decoded.Encoding,
            ["bulletin"] = JsonSerializer.SerializeToNode(bulletin, DocumentJson.Options),
            ["articles"] = JsonSerializer.SerializeToNode(articles, DocumentJson.Options),
        };
    }

    private static JsonObject Error(string name, string type, string detail) => new()
    {
        ["file"] = name,
        ["error"] = new JsonObject { ["type"] = Platform.Hosting.Http.PlatformProblems.TypeOf(type), ["detail"] = detail },
    };

    private static void PrintHuman(JsonObject document)
    {
        Console.WriteLine($"== {document["file"]}");
        if (document["error"] is JsonObject error)
        {
            Console.WriteLine($"   error: {error["detail"]}");
            return;
        }
        var articles = document["articles"]!.AsArray();
        Console.WriteLine($"   {articles.Count} items, year {document["bulletin"]?["year"]}");
        foreach (var a in articles)
        {
            var authors = string.Join(" ", a!["byline"]!["authors"]!.AsArray().Select(x => x!.GetValue<string>()));
            var org = a["byline"]!["organization"]?.GetValue<string>();
            var region = a["enrichment"]?["regions"]?["primary"];
            Console.WriteLine($"   {a["ordinal"],2} {a["kind"],-7} {a["title"] ?? "(untitled)"} | {authors}{(org is null ? "" : " (" + org + ")")} | {region?["code"]} {region?["name"]}");
        }
    }
}
