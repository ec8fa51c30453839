using LossKata.Cli;
using LossKata.Cli.Commands;

return CommandLine.Run(ProgramCommands.All(), args, Console.Out, Console.Error);
