using System.CommandLine;
using LossKata.Cli.Plotting;
using MathNet.Numerics.LinearAlgebra;
using ScottPlot;

namespace LossKata.Cli.Commands;

/// <summary>Draws the figures of the docs from the reference solutions, as SVG files.</summary>
public sealed class FiguresCommand : LossKataCommand
{
    private const string DefaultDirectory = "docs/figures";

    /// <summary>The race of docs/level-6-gradients.md: one logit, y = 1, a confidently wrong start.</summary>
    private const double RaceStart = -6;
    private const double RaceLearningRate = 1;
    private const double RaceConfidence = 0.9;
    private const int RaceSteps = 300;

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
            .AddLine("binary cross-entropy  −log σ(z)", logits, [.. logits.Select(z => Losses.BinaryCrossEntropyWithLogits(V(z), V(1)))])
            .AddLine("squared error  (σ(z) − 1)²", logits, [.. logits.Select(z => Losses.MseLoss(M(Activations.Sigmoid(z)), M(1)))]));

        Write(directory, "level6-gradients.svg", Charts.LineChart("Gradient with respect to the logit (y = 1)", "logit z", "dℓ/dz")
            .AddLine("binary cross-entropy  σ(z) − 1", logits, [.. logits.Select(z => Gradients.BinaryCrossEntropyWrtLogit(z, 1))])
            .AddLine("squared error  2(σ − 1)·σ(1 − σ)", logits, [.. logits.Select(z => Gradients.SquaredErrorWrtLogitThroughSigmoid(z, 1))]));

        var crossEntropy = Race(Gradients.BinaryCrossEntropyWrtLogit, z => Losses.BinaryCrossEntropyWithLogits(V(z), V(1)));
        var squaredError = Race(Gradients.SquaredErrorWrtLogitThroughSigmoid, z => Losses.MseLoss(M(Activations.Sigmoid(z)), M(1)));
        double[] steps = [.. Enumerable.Range(0, RaceSteps + 1).Select(step => (double)step)];
        Write(directory, "level6-race.svg",
            Charts.LineChart($"Gradient descent from z = {RaceStart} (y = 1, learning rate {RaceLearningRate})", "step", "loss")
                .AddLine($"binary cross-entropy (σ > {RaceConfidence} after {crossEntropy.StepsToConfidence} steps)", steps, crossEntropy.Losses)
                .AddLine($"squared error (σ > {RaceConfidence} after {squaredError.StepsToConfidence} steps)", steps, squaredError.Losses));

        Console.WriteLine($"race from z = {RaceStart}, learning rate {RaceLearningRate}: σ(z) > {RaceConfidence} after " +
                          $"{crossEntropy.StepsToConfidence} steps with cross-entropy, {squaredError.StepsToConfidence} with squared error");
        return 0;
    }

    /// <summary>Plain gradient descent on one logit: the loss at every step, and the first step where σ(z) passes
    /// <see cref="RaceConfidence"/>.</summary>
    private static (double[] Losses, int StepsToConfidence) Race(Func<double, double, double> gradient, Func<double, double> loss)
    {
        var losses = new double[RaceSteps + 1];
        var stepsToConfidence = -1;
        var logit = RaceStart;
        for (var step = 0; step <= RaceSteps; step++)
        {
            losses[step] = loss(logit);
            if (stepsToConfidence < 0 && Activations.Sigmoid(logit) > RaceConfidence)
            {
                stepsToConfidence = step;
            }

            logit -= RaceLearningRate * gradient(logit, 1);
        }

        return stepsToConfidence >= 0
            ? (losses, stepsToConfidence)
            : throw new InvalidOperationException($"σ(z) did not pass {RaceConfidence} within {RaceSteps} steps; draw more steps.");
    }

    private static void Write(string directory, string fileName, Plot chart)
    {
        var path = Path.Combine(directory, fileName);
        Charts.Save(chart, path);
        Console.WriteLine($"wrote {path}");
    }

    private static Vector<double> V(double value) => Vector<double>.Build.Dense(1, value);

    private static Matrix<double> M(double value) => Matrix<double>.Build.Dense(1, 1, value);
}
