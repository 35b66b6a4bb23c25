using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Contracts.Documents;

namespace Platform.Cli;

/// <summary><c>platform process</c>: parse + enrich files in-process (no store, no bus) and print the documents.</summary>
public static class ProcessCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Bulletin files (text or HTML in any common encoding, PDF, DOCX).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print exactly one JSON document per input file, one per line." };
        var command = new Command("process", "Parse and enrich files and print the result.") { files, json };
        command.SetAction((result, ct) => Task.FromResult(Process(InputFiles.Expand(result.GetValue(files)!), result.GetValue(json))));
        return command;
    }

    private static int Process(IReadOnlyList<string> files, bool json)
    {
        var processor = new BulletinProcessor(ConfiguredFormatLimits.Read());
        var failures = 0;
        foreach (var file in files)
        {
            var document = ToJson(Path.GetFileName(file), processor.ProcessFile(file));
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

    private static JsonObject ToJson(string name, ProcessedBulletin processed)
    {
        if (processed.Failure is { } failure) return Error(name, failure.ProblemType, failure.Detail);
        return new JsonObject
        {
            ["file"] = name,
            ["format"] = processed.Format?.ToString().ToLowerInvariant(),
            ["encoding"] = processed.Encoding,
            ["bulletin"] = JsonSerializer.SerializeToNode(processed.Bulletin, DocumentJson.Options),
            ["articles"] = JsonSerializer.SerializeToNode(processed.Articles, DocumentJson.Options),
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
