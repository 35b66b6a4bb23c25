using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project tests/Platform.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
