using System.CommandLine;
using LossKata.Grading;

namespace LossKata.Cli.Commands;

/// <summary>The --time-limit of <c>check</c>, <c>watch</c> and <c>grade</c>.</summary>
internal static class TimeLimitOption
{
    /// <summary>The limit of an exercise's own run, in seconds. The help says what the <see cref="Grader"/> does with
    /// it where several exercises share a run, since that run gets only half and a learner setting S should know it.</summary>
    public static Option<int> Create() => CommandOptions.Integer(
        "--time-limit",
        "S",
        "seconds an exercise's tests may run before they are stopped; a run shared by several exercises gets half of it "
        + "(S/2) and charges nobody when stopped: its exercises run again, those whose tests were running then each alone with S",
        (int)GradingOptions.DefaultTimeLimit.TotalSeconds,
        minimum: 1);
}
