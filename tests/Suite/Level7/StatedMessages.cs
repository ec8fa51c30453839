using System.Globalization;
using System.Text.RegularExpressions;

namespace LossKata.Tests;

/// <summary>
/// A message, or the part of one, that a level 7–8 test matches and that the learner writes, declared once: the
/// assertion builds its pattern from <see cref="Text"/>, and <c>StatedMessagesTests</c> checks that the stub's XML
/// comment states <see cref="Text"/> word for word, so a stub can never promise one wording while a test grades
/// another. In <see cref="Text"/>, <c>{a|b}</c> is one of the words and <c>{name}</c> a number.
/// </summary>
public sealed partial record StatedMessage(string ExerciseFile, string Text)
{
    /// <summary>A FluentAssertions wildcard: the text anywhere in the message, each placeholder any text.</summary>
    public string Wildcard => "*" + Placeholder().Replace(Text, "*") + "*";

    /// <summary>A regular expression for the text anywhere in the message, the named placeholders given in
    /// <paramref name="values"/> fixed to those values and the others any number.</summary>
    public string Pattern(params (string Name, object Value)[] values) =>
        string.Concat(Placeholder().Split(Text).Select((piece, index) => index % 2 == 0 ? Regex.Escape(piece) : PatternOf(piece, values)));

    private static string PatternOf(string placeholder, (string Name, object Value)[] values)
    {
        if (placeholder.Contains('|', StringComparison.Ordinal))
        {
            return "(" + string.Join("|", placeholder.Split('|').Select(Regex.Escape)) + ")";
        }

        var given = values.Where(value => value.Name == placeholder).ToList();
        return given.Count == 1 ? Regex.Escape(Convert.ToString(given[0].Value, CultureInfo.InvariantCulture)!) : @"\d+";
    }

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Placeholder();
}

/// <summary>The messages of levels 7 and 8 that the learner writes and the tests match (Guard's messages come from
/// common/ and are not the learner's wording).</summary>
public static class StatedMessages
{
    public static readonly StatedMessage LinearBackwardBeforeForward = new("Level7_Network/Linear.cs", "before Forward");

    public static readonly StatedMessage ReluBackwardBeforeForward = new("Level7_Network/Relu.cs", "before Forward");

    public static readonly StatedMessage MlpTooFewSizes = new("Level7_Network/Mlp.cs", "at least an input and an output size");

    public static readonly StatedMessage SgdLearningRate = new("Level7_Network/Sgd.cs", "positive and finite");

    public static readonly StatedMessage TrainerDivergence = new(
        "Level8_Training/Trainer.cs", "The loss became {NaN|infinite} in epoch {epoch}, batch {batch} of {batches} (samples {first}–{end})");

    public static readonly StatedMessage TrainerDivergenceAdvice = new("Level8_Training/Trainer.cs", "learning rate");

    public static IReadOnlyList<StatedMessage> All { get; } =
        [LinearBackwardBeforeForward, ReluBackwardBeforeForward, MlpTooFewSizes, SgdLearningRate, TrainerDivergence, TrainerDivergenceAdvice];

    /// <summary>The Guard checks each stub must name, because a test matches the message that check writes.</summary>
    public static IReadOnlyList<(string ExerciseFile, string GuardCall)> GuardCalls { get; } =
    [
        ("Level7_Network/Linear.cs", "Guard.NotEmptyNoNaN"),
        ("Level7_Network/Linear.cs", "Guard.Columns"),
        ("Level7_Network/Linear.cs", "Guard.Shape"),
        ("Level7_Network/Relu.cs", "Guard.NotEmptyNoNaN"),
        ("Level7_Network/Relu.cs", "Guard.Shape"),
        ("Level8_Training/Trainer.cs", "Guard.NotEmptyNoNaN"),
    ];
}
