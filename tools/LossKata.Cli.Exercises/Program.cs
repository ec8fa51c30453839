using LossKata.Cli;
using LossKata.Cli.Commands;

// The learner's network only trains: train is this program's one command.
return CommandLine.Run([new TrainCommand()], args, Console.Out, Console.Error);
