namespace LossKata.Cli;

/// <summary>A bad command line: the program prints the message and the command's usage, and exits with 2.</summary>
public sealed class UsageException(string message) : Exception(message);
