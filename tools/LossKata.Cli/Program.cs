using System.Reflection;
using LossKata.Cli;

var commands = typeof(ICommand).Assembly.GetTypes()
    .Where(type => typeof(ICommand).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
    .Select(type => (ICommand)Activator.CreateInstance(type)!)
    .OrderBy(command => command.Name, StringComparer.Ordinal)
    .ToDictionary(command => command.Name);

if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
{
    if (args.Length > 1 && commands.TryGetValue(args[1], out var described))
    {
        Console.WriteLine(described.Usage);
        return 0;
    }

    Console.WriteLine($"LossKata {typeof(ICommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}");
    Console.WriteLine("usage: ./losskata <command> [options]   (Windows: losskata <command>; or dotnet run --project tools/LossKata.Cli -- <command>)");
    Console.WriteLine();
    foreach (var command in commands.Values)
    {
        Console.WriteLine($"  {command.Name,-10} {command.Summary}");
    }

    Console.WriteLine();
    Console.WriteLine("help <command> prints a command's options.");
    return args.Length == 0 ? 2 : 0;
}

if (!commands.TryGetValue(args[0], out var chosen))
{
    Console.Error.WriteLine($"Unknown command '{args[0]}'. Commands: {string.Join(", ", commands.Keys)}.");
    return 2;
}

if (args.Skip(1).Any(argument => argument is "--help" or "-h"))
{
    Console.WriteLine(chosen.Usage);
    return 0;
}

try
{
    return chosen.Run(args[1..]);
}
catch (UsageException usage)
{
    Console.Error.WriteLine(usage.Message);
    Console.Error.WriteLine();
    Console.Error.WriteLine(chosen.Usage);
    return 2;
}
