using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project tests/Platform.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Platform.Benchmarks.SeedCorpus).Assembly).Run(args);
