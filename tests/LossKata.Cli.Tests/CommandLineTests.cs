using System.CommandLine;
using LossKata.Cli.Commands;
using LossKata.Cli.Training;

namespace LossKata.Cli.Tests;

/// <summary>The program's command line, parsed by System.CommandLine: help on every command, both spellings of an
/// option's value, and errors that name what is wrong.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string, string> HelpRequests() =>
        new(from command in ProgramCommands.All() from flag in new[] { "--help", "-h" } select (command.Name, flag));

    public static TheoryData<string> CommandNames() => [.. ProgramCommands.All().Select(command => command.Name)];

    private static (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLine.Run(ProgramCommands.All(), arguments, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_program_has_the_eight_learner_and_instructor_commands() =>
        ProgramCommands.All().Where(command => !command.Hidden).Select(command => command.Name).Should().BeEquivalentTo(
            ["train", "check", "watch", "hint", "reset", "grade", "figures", "explore"], "README.md and the docs name these commands");

    [Fact]
    public void The_maintainers_dev_command_runs_but_is_kept_out_of_the_learners_help()
    {
        var dev = ProgramCommands.All().Single(command => command.Name == "dev");
        var (exitCode, output, _) = Run("--help");

        dev.Hidden.Should().BeTrue("dev is for maintainers (CONTRIBUTING.md), not a learner's tool");
        exitCode.Should().Be(0);
        output.Should().NotContain(dev.Description!, "the program's help is the learner's");
        Run("dev", "--help").Output.Should().Contain("new").And.Contain("check").And.Contain("update", "dev --help lists its own commands");
    }

    [Theory]
    [MemberData(nameof(HelpRequests))]
    public void Help_on_a_command_lists_every_option_and_succeeds(string name, string flag)
    {
        var (exitCode, output, error) = Run(name, flag);

        exitCode.Should().Be(0, "asking for help is not an error");
        error.Should().BeEmpty();
        output.Should().Contain("Usage:").And.Contain($" {name} ", "the usage line names the command");
        var command = ProgramCommands.All().Single(c => c.Name == name);
        output.Should().Contain(command.Description!, "the help starts with what the command does");
        foreach (var option in command.Options)
        {
            output.Should().Contain(option.Name, "{0} --help must describe every option of {0}", name);
        }

        if (command.Details is not null)
        {
            output.Should().Contain(command.Details.Split('\n')[0].Trim(), "the prose under the options is part of the help");
        }
    }

    [Fact]
    public void Help_on_the_program_lists_every_command_and_succeeds()
    {
        var (exitCode, output, _) = Run("--help");

        exitCode.Should().Be(0);
        output.Should().ContainAll(ProgramCommands.All().Where(command => !command.Hidden).Select(command => command.Name));
    }

    [Fact]
    public void No_command_lists_the_commands_and_fails_so_that_a_script_notices()
    {
        var (exitCode, output, _) = Run();

        exitCode.Should().Be(CommandLine.UsageError);
        output.Should().ContainAll(ProgramCommands.All().Where(command => !command.Hidden).Select(command => command.Name));
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void An_unknown_option_is_an_error_that_names_it(string name)
    {
        var (exitCode, _, error) = Run(name, "--no-such-option", "1");

        exitCode.Should().Be(CommandLine.UsageError, "a misspelt option must not be silently ignored");
        error.Should().Contain("'--no-such-option'").And.Contain($"{name} --help", "the error says where the options are listed");
    }

    [Fact]
    public void An_unknown_command_is_an_error_that_names_it()
    {
        var (exitCode, _, error) = Run("trian");

        exitCode.Should().Be(CommandLine.UsageError);
        error.Should().Contain("'trian'");
    }

    [Theory]
    [InlineData("check", "--level", "0")]
    [InlineData("check", "--time-limit", "soon")]
    [InlineData("check", "--format", "xml")]
    [InlineData("watch", "--interval", "10")]
    [InlineData("grade", "--level", "1,x")]
    [InlineData("grade", "--jobs", "0")]
    [InlineData("grade", "--format", "pdf")]
    public void A_bad_value_is_an_error_that_names_the_option_and_the_value(string name, string option, string value)
    {
        var (exitCode, _, error) = Run(name, option, value);

        exitCode.Should().Be(CommandLine.UsageError);
        error.Should().Contain(option).And.Contain(value);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("watch")]
    [InlineData("grade")]
    public void The_time_limit_s_help_says_that_a_run_shared_by_several_exercises_gets_half_of_it(string name)
    {
        var (_, output, _) = Run(name, "--help");

        string.Join(' ', output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Should().Contain(
            "a run shared by several exercises gets half of it (S/2) and charges nobody when stopped",
            "the grader gives a shared run half the limit (Grader.GradeBatch), which a learner setting --time-limit must know");
    }

    [Fact]
    public void A_missing_value_is_an_error_that_names_the_option()
    {
        var (exitCode, _, error) = Run("train", "--epochs");

        exitCode.Should().Be(CommandLine.UsageError);
        error.Should().Contain("--epochs");
    }

    [Theory]
    [InlineData("--data=data", "--data", "data")]
    [InlineData("--epochs=3", "--epochs", "3")]
    [InlineData("--batch-size=50", "--batch-size", "50")]
    [InlineData("--lr=0.5", "--lr", "0.5")]
    [InlineData("--seed=7", "--seed", "7")]
    [InlineData("--init=randn", "--init", "randn")]
    [InlineData("--loss=mse", "--loss", "mse")]
    [InlineData("--implementation=exercises", "--implementation", "exercises")]
    [InlineData("--log-interval=5", "--log-interval", "5")]
    [InlineData("--metrics-json=run.json", "--metrics-json", "run.json")]
    [InlineData("--plot=curves.png", "--plot", "curves.png")]
    public void An_option_and_its_value_may_be_joined_by_an_equals_sign(string joined, string option, string value)
    {
        var withEquals = TrainingSettingsOf(joined);
        var withSpace = TrainingSettingsOf(option, value);

        withEquals.Should().BeEquivalentTo(withSpace, "--x=v and --x v are the same option and value");
        withEquals.Should().NotBeEquivalentTo(new TrainingSettings(), "{0} changes a setting from its default", joined);
    }

    [Fact]
    public void Without_options_train_uses_the_tutorials_settings()
    {
        var settings = TrainingSettingsOf();

        settings.Should().BeEquivalentTo(new TrainingSettings(), "the defaults of train are those of TrainingSettings");
        (settings.Epochs, settings.BatchSize, settings.LearningRate, settings.Seed, settings.Init, settings.LogInterval)
            .Should().Be((10, 200, 0.01, 1, WeightInit.Kaiming, 10), "the tutorial trains 10 epochs of batches of 200 at lr 0.01");
        (settings.FinalRelu, settings.MseLoss, settings.Exercises, settings.DataFolder).Should().Be((false, false, false, null));
    }

    [Fact]
    public void The_exercises_program_is_given_every_training_option_but_where_the_data_comes_from()
    {
        var settings = TrainingSettingsOf("--implementation", "exercises", "--data=mnist", "--mirror", "http://127.0.0.1/m", "--epochs=2", "--final-relu", "--lr", "0.1");

        settings.ForwardedArguments.Should().NotContain(["--implementation", "--data", "--mirror"],
            "the exercises' program trains on the folder this one downloaded");
        TrainingSettingsOf([.. settings.ForwardedArguments]).Should().BeEquivalentTo(
            settings with { DataFolder = null, Mirrors = [], Exercises = false },
            options => options.Excluding(forwarded => forwarded.ForwardedArguments),
            "the exercises' program trains with the same settings");
    }

    [Theory]
    [InlineData("check")]
    [InlineData("watch")]
    [InlineData("hint")]
    [InlineData("reset")]
    [InlineData("grade")]
    public void The_repository_folder_may_follow_an_equals_sign_or_a_space(string name)
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-losskata-repository-here");

        var joined = Run(name, $"--repository={missing}");
        var spaced = Run(name, "--repository", missing);

        joined.Should().Be(spaced, "both spellings give the command the same folder");
        joined.ExitCode.Should().Be(CommandLine.UsageError);
        joined.Error.Should().Contain($"--repository {missing}: course.json and exercises/ are not there", "the command looked in the folder given");
    }

    [Fact]
    public void A_value_given_with_an_equals_sign_is_checked_as_one_given_with_a_space()
    {
        var (exitCode, _, error) = Run("train", "--epochs=0");

        exitCode.Should().Be(CommandLine.UsageError);
        error.Should().Contain("--epochs 0: expected a whole number of at least 1");
    }

    private static TrainingSettings TrainingSettingsOf(params string[] arguments)
    {
        var options = new TrainingOptions();
        var command = new Command("train");
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        var parsed = command.Parse(arguments);
        parsed.Errors.Should().BeEmpty("{0} is a valid command line", string.Join(' ', arguments));
        return options.Read(parsed);
    }
}
