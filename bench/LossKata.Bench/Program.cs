using BenchmarkDotNet.Running;
using LossKata.Bench;

if (args is ["cpu-time", .. var providers])
{
    CpuTime.Run([.. providers.Select(name => Enum.Parse<Provider>(name, ignoreCase: true))]);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, new BenchConfig());
}
