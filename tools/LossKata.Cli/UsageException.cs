namespace LossKata.Cli;

/// <summary>A command line that parses but cannot be run (options that do not go together, an exercise that does not
/// exist): the program prints the message and where to find the command's options, and exits with
/// <see cref="CommandLine.UsageError"/>.</summary>
public sealed class UsageException(string message) : Exception(message);
