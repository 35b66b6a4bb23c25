using BenchmarkDotNet.Running;
using Platform.Benchmarks.Pipeline;

// The end-to-end pipeline benchmark: dotnet run -c Release --project tests/Platform.Benchmarks -- pipeline embedded|distributed
if (args.FirstOrDefault() == "pipeline") return await PipelineCommand.RunAsync(args[1..]).ConfigureAwait(false);

// Parse + enrich of the seeds in a plain loop, and their JSON (SeedLoop): -- seed-loop [passes] | -- seed-json OUT [FILE_OR_DIR...]
if (args.FirstOrDefault() == "seed-loop") return Platform.Benchmarks.SeedLoop.Run(args[1..]);
if (args.FirstOrDefault() == "seed-json") return Platform.Benchmarks.SeedLoop.WriteJson(args[1..]);
// Each enricher's time inside full parse + enrich passes (EnricherTimes): -- seed-enrichers [passes]
if (args.FirstOrDefault() == "seed-enrichers") return Platform.Benchmarks.EnricherTimes.Run(args[1..]);

// Run all: dotnet run -c Release --project tests/Platform.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Platform.Benchmarks.SeedCorpus).Assembly).Run(args);
return 0;
