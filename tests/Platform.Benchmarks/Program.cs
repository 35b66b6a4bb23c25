using BenchmarkDotNet.Running;
using Platform.Benchmarks.Pipeline;

// The end-to-end pipeline benchmark: dotnet run -c Release --project tests/Platform.Benchmarks -- pipeline embedded|distributed
if (args.FirstOrDefault() == "pipeline") return await PipelineCommand.RunAsync(args[1..]).ConfigureAwait(false);

// Run all: dotnet run -c Release --project tests/Platform.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Platform.Benchmarks.SeedCorpus).Assembly).Run(args);
return 0;
