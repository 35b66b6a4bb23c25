using System.CommandLine;

namespace Platform.Cli;

/// <summary>The <c>platform</c> command line: run, process, eval, reprocess, sources, config, schema, redrive, load.</summary>
public static class PlatformCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Ingestion platform for Chinese-language bulletins about 精神文明建设.");
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ProcessCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ReprocessCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(ConfigCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(RedriveCommand.Create());
        root.Subcommands.Add(Load.LoadCommand.Create());
        return root;
    }
}
