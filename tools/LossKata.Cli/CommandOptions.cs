using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace LossKata.Cli;

/// <summary>The kinds of option the commands share: numbers with a lower bound, a choice among words, the
/// repository, the exercise. A bad value is a parse error naming the option, the value and what was expected.</summary>
internal static class CommandOptions
{
    public static Option<string?> Repository() =>
        new("--repository") { HelpName = "DIR", Description = "the LossKata repository to work on (default: the one around the current folder)" };

    /// <summary><c>check</c>'s and <c>watch</c>'s --all (-v): every failing test of each failing exercise, one line each.</summary>
    public static Option<bool> EveryFailure() =>
        new("--all", "-v") { Description = "list every failing test of each failing exercise, one line each (the first is shown in full)" };

    /// <summary>The exercise that <c>hint</c> and <c>reset</c> work on, optional to the parser (each command says
    /// when it needs one). A word that starts with a dash is a misspelt option, not an exercise.</summary>
    public static Argument<string?> Exercise()
    {
        var exercise = new Argument<string?>("exercise")
        {
            Description = "an id (Information.Entropy), a member (Entropy) or a file (Level1_Entropy/Entropy.cs)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        exercise.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var word }] && word.StartsWith('-'))
            {
                result.AddError($"Unrecognized option '{word}'.");
            }
        });
        return exercise;
    }

    /// <summary>A whole number of at least <paramref name="minimum"/>; absent, <paramref name="defaultValue"/>.</summary>
    public static Option<int> Integer(string name, string helpName, string description, int defaultValue, int minimum = int.MinValue) =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => ParseInteger(result, name, minimum) ?? defaultValue,
        };

    /// <summary>A whole number of at least <paramref name="minimum"/>; absent, null.</summary>
    public static Option<int?> OptionalInteger(string name, string helpName, string description, int minimum) =>
        new(name) { HelpName = helpName, Description = description, CustomParser = result => ParseInteger(result, name, minimum) };

    /// <summary>A finite number greater than 0, in the invariant culture (0.01, 1e-3); absent, <paramref name="defaultValue"/>.</summary>
    public static Option<double> PositiveNumber(string name, string helpName, string description, double defaultValue) =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 && double.IsFinite(number))
                {
                    return number;
                }

                result.AddError($"{name} {text}: expected a positive number.");
                return defaultValue;
            },
        };

    /// <summary>One of <paramref name="words"/>, in any case, given back as written there; absent, the first.</summary>
    public static Option<string> Choice(string name, string description, params string[] words) =>
        new(name)
        {
            HelpName = string.Join('|', words),
            Description = description,
            DefaultValueFactory = _ => words[0],
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                var word = words.FirstOrDefault(word => string.Equals(word, text, StringComparison.OrdinalIgnoreCase));
                if (word is null)
                {
                    result.AddError($"{name} {text}: expected one of {string.Join(", ", words)}.");
                }

                return word ?? words[0];
            },
        };

    private static int? ParseInteger(ArgumentResult result, string name, int minimum)
    {
        var text = result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= minimum)
        {
            return number;
        }

        result.AddError(minimum == int.MinValue
            ? $"{name} {text}: expected a whole number."
            : $"{name} {text}: expected a whole number of at least {minimum}.");
        return null;
    }
}
