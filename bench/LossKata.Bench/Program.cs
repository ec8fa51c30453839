using BenchmarkDotNet.Running;
using LossKata.Bench;

BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, new BenchConfig());
