using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using LossKata.Cli.Plotting;
using LossKata.Course;

namespace LossKata.Cli;

/// <summary>One subcommand of the program: its options and arguments, from which System.CommandLine parses the
/// command line and writes <c>--help</c>, and what it does.</summary>
public abstract class LossKataCommand : Command
{
    protected LossKataCommand(string name, string description, string? details = null)
        : base(name, description)
    {
        Details = details;
        SetAction(Execute);
    }

    /// <summary>What the options' descriptions cannot say, printed under the generated help.</summary>
    public string? Details { get; }

    /// <summary>Runs this command alone, with <paramref name="arguments"/> (the words after its name), exactly as the
    /// program would; the result is the exit code. A bad command line is reported to <paramref name="error"/>
    /// (standard error by default).</summary>
    public int Run(IReadOnlyList<string> arguments, TextWriter? error = null) =>
        CommandLine.Run([this], [Name, .. arguments], Console.Out, error ?? Console.Error);

    /// <summary>Does the command's work with the command line parsed; the result is the exit code.</summary>
    protected abstract int Execute(ParseResult parsed);
}

/// <summary>Runs a command line against the program's commands.</summary>
public static class CommandLine
{
    /// <summary>The exit code of a command line that cannot be run as given.</summary>
    public const int UsageError = 2;

    /// <summary>Parses <paramref name="arguments"/> and runs the command they name. <c>--help</c> and <c>-h</c> print
    /// the help of the program or of a command and give 0; an unknown command or option, a missing or bad value, or a
    /// <see cref="UsageException"/> from the command prints what is wrong to <paramref name="error"/> and gives
    /// <see cref="UsageError"/>; so does a command that finds no repository to work on.</summary>
    public static int Run(IEnumerable<LossKataCommand> commands, IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("LossKata: learn loss functions by implementing them, with PyTorch as the reference. " +
                                   "Run as ./losskata <command> (Windows: losskata <command>), or dotnet run --project tools/LossKata.Cli -- <command>.");
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpWithDetails((HelpAction)help.Action!);
        }

        // Without a command, the program lists its commands and fails: a script that forgot the command must notice.
        root.SetAction(parsed =>
        {
            new HelpAction().Invoke(parsed);
            return UsageError;
        });

        var parsed = root.Parse(arguments);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine(problem.Message);
            }

            return ExplainUsage(parsed, error);
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception usage) when (usage is UsageException or RepositoryNotFoundException)
        {
            error.WriteLine(usage.Message);
            return ExplainUsage(parsed, error);
        }
        catch (MissingFontException missing)
        {
            error.WriteLine(missing.Message);
            return 1;
        }
    }

    private static int ExplainUsage(ParseResult parsed, TextWriter error)
    {
        var command = parsed.CommandResult.Command;
        error.WriteLine(command is RootCommand
            ? $"Run '{RootCommand.ExecutableName} --help' for the commands."
            : $"Run '{RootCommand.ExecutableName} {command.Name} --help' for its options.");
        return UsageError;
    }

    /// <summary>The generated help, then the command's <see cref="LossKataCommand.Details"/>.</summary>
    private sealed class HelpWithDetails(HelpAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            // A hidden command (dev) is left out of the program's help, not out of its own: System.CommandLine writes
            // nothing for a hidden command, so it is shown while its help is written.
            var command = parseResult.CommandResult.Command;
            var hidden = command.Hidden;
            command.Hidden = false;
            try
            {
                help.Invoke(parseResult);
            }
            finally
            {
                command.Hidden = hidden;
            }

            if (parseResult.CommandResult.Command is LossKataCommand { Details: { } details })
            {
                parseResult.InvocationConfiguration.Output.WriteLine(details);
                parseResult.InvocationConfiguration.Output.WriteLine();
            }

            return 0;
        }
    }
}
