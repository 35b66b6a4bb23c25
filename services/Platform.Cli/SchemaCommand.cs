using System.CommandLine;
using Platform.Publish;

namespace Platform.Cli;

/// <summary><c>platform schema</c>: writes the JSON Schemas of the public event payloads (contracts/schemas/*.json).</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "Directory to write the schema files to.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("contracts", "schemas")),
        };
        var command = new Command("schema", "Generate the JSON Schemas of the public event payloads from the contract types.") { output };
        command.SetAction(r =>
        {
            var dir = r.GetValue(output)!;
            dir.Create();
            foreach (var (fileName, type, title) in PublicEventSchemas.All)
            {
                var path = Path.Combine(dir.FullName, fileName);
                File.WriteAllText(path, PublicEventSchemas.Generate(type, title));
                Console.WriteLine(path);
            }
            return 0;
        });
        return command;
    }
}
