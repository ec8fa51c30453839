using BenchmarkDotNet.Running;
using LossKata.Bench;

if (args is ["cpu-time"])
{
    CpuTime.Run();
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, new BenchConfig());
}
