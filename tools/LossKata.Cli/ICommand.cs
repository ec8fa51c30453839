namespace LossKata.Cli;

/// <summary>One subcommand of the program. Every non-abstract implementation is found by reflection, so adding
/// a command is adding a file.</summary>
public interface ICommand
{
    /// <summary>The word on the command line, e.g. <c>train</c>.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The usage text printed by <c>help &lt;command&gt;</c> and on a bad option.</summary>
    string Usage { get; }

    /// <summary>Runs the command; the result is the process exit code.</summary>
    int Run(IReadOnlyList<string> arguments);
}
