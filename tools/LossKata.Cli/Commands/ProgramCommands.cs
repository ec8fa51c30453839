namespace LossKata.Cli.Commands;

/// <summary>The commands of the program, in the order <c>--help</c> lists them (the maintainers' <c>dev</c> is hidden from it): adding a command is adding it here.</summary>
public static class ProgramCommands
{
    public static IReadOnlyList<LossKataCommand> All() =>
        [new CheckCommand(), new WatchCommand(), new HintCommand(), new ResetCommand(), new TrainCommand(), new GradeCommand(), new FiguresCommand(), new ExploreCommand(), new DevCommand()];
}
