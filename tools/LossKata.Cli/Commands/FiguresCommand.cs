using System.CommandLine;
using LossKata.Cli.Plotting;
using LossKata.Explore;
using LossKata.Explore.Views;
using ScottPlot;

namespace LossKata.Cli.Commands;

/// <summary>Draws the figures of the docs from the reference solutions, as SVG files.</summary>
public sealed class FiguresCommand : LossKataCommand
{
    private const string DefaultDirectory = "docs/figures";

    /// <summary>The race of docs/level-6-gradients.md, as explore's race view runs it: one logit, y = 1, a confidently wrong start.</summary>
    private static readonly RaceInput Race = Derived.Level6Race;

    private readonly Option<string> output = new("--out")
    {
        HelpName = "DIRECTORY",
        Description = "where to write the SVG files, relative to the current directory",
        DefaultValueFactory = _ => DefaultDirectory,
    };

    public FiguresCommand()
        : base("figures", "draws the docs' figures (docs/figures/level6-*.svg) from the reference solutions",
            "Writes level6-losses.svg, level6-gradients.svg and level6-race.svg, and prints the race's step counts.")
    {
        Options.Add(output);
    }

    protected override int Execute(ParseResult parsed)
    {
        var directory = parsed.GetValue(output)!;
        var logits = Enumerable.Range(0, 401).Select(i => -10 + i * 0.05).ToArray();

        Write(directory, "level6-losses.svg", Charts.LineChart("Loss for a positive example (y = 1)", "logit z", "loss")
            .AddLine("binary cross-entropy  −log σ(z)", logits, [.. logits.Select(z => Derived.BinaryCrossEntropy(z, 1))])
            .AddLine("squared error  (σ(z) − 1)²", logits, [.. logits.Select(z => Derived.SquaredError(z, 1))]));

        Write(directory, "level6-gradients.svg", Charts.LineChart("Gradient with respect to the logit (y = 1)", "logit z", "dℓ/dz")
            .AddLine("binary cross-entropy  σ(z) − 1", logits, [.. logits.Select(z => Gradients.BinaryCrossEntropyWrtLogit(z, 1))])
            .AddLine("squared error  2(σ − 1)·σ(1 − σ)", logits, [.. logits.Select(z => Gradients.SquaredErrorWrtLogitThroughSigmoid(z, 1))]));

        var crossEntropy = Run(Gradients.BinaryCrossEntropyWrtLogit, Derived.BinaryCrossEntropy);
        var squaredError = Run(Gradients.SquaredErrorWrtLogitThroughSigmoid, Derived.SquaredError);
        double[] steps = [.. Enumerable.Range(0, Race.Steps + 1).Select(step => (double)step)];
        Write(directory, "level6-race.svg",
            Charts.LineChart($"Gradient descent from z = {Race.Start} (y = 1, learning rate {Race.LearningRate})", "step", "loss")
                .AddLine($"binary cross-entropy (σ > {Derived.RaceConfidence} after {crossEntropy.StepsToConfidence} steps)", steps, crossEntropy.Losses)
                .AddLine($"squared error (σ > {Derived.RaceConfidence} after {squaredError.StepsToConfidence} steps)", steps, squaredError.Losses));

        Console.WriteLine($"race from z = {Race.Start}, learning rate {Race.LearningRate}: σ(z) > {Derived.RaceConfidence} after " +
                          $"{crossEntropy.StepsToConfidence} steps with cross-entropy, {squaredError.StepsToConfidence} with squared error");
        return 0;
    }

    /// <summary>Plain gradient descent on one logit: the loss at every step, and the first step where σ(z) passes
    /// <see cref="Derived.RaceConfidence"/>.</summary>
    private static (double[] Losses, int StepsToConfidence) Run(Func<double, double, double> gradient, Func<double, double, double> loss)
    {
        var logits = RaceView.Descend(gradient, Race);
        var stepsToConfidence = Derived.StepsToConfidence(logits);
        return stepsToConfidence >= 0
            ? ([.. logits.Select(z => loss(z, Race.Label))], stepsToConfidence)
            : throw new InvalidOperationException($"σ(z) did not pass {Derived.RaceConfidence} within {Race.Steps} steps; draw more steps.");
    }

    private static void Write(string directory, string fileName, Plot chart)
    {
        var path = Path.Combine(directory, fileName);
        Charts.Save(chart, path);
        Console.WriteLine($"wrote {path}");
    }
}
