using LossKata.Cli.Plotting;
using MathNet.Numerics.LinearAlgebra;

namespace LossKata.Cli.Commands;

/// <summary>Draws the figures of the docs from the reference solutions, as SVG files.</summary>
public sealed class FiguresCommand : ICommand
{
    private const string DefaultDirectory = "docs/figures";

    /// <summary>The race of docs/level-6-gradients.md: one logit, y = 1, a confidently wrong start.</summary>
    private const double RaceStart = -6;
    private const double RaceLearningRate = 1;
    private const double RaceConfidence = 0.9;
    private const int RaceSteps = 300;

    public string Name => "figures";

    public string Summary => "draws the docs' figures (docs/figures/level6-*.svg) from the reference solutions";

    public string Usage =>
        $"""
        usage: dotnet run --project tools/LossKata.Cli -- figures [--out <directory>]

          --out <directory>   where to write the SVG files (default {DefaultDirectory}, relative to the current directory)

        Writes level6-losses.svg, level6-gradients.svg and level6-race.svg, and prints the race's step counts.
        """;

    public int Run(IReadOnlyList<string> arguments)
    {
        var directory = OutputDirectory(arguments);
        var logits = Enumerable.Range(0, 401).Select(i => -10 + i * 0.05).ToArray();

        Write(directory, "level6-losses.svg", new LineChart("Loss for a positive example (y = 1)", "logit z", "loss")
            .Add("binary cross-entropy  −log σ(z)", logits, [.. logits.Select(z => Losses.BinaryCrossEntropyWithLogits(V(z), V(1)))])
            .Add("squared error  (σ(z) − 1)²", logits, [.. logits.Select(z => Losses.MseLoss(M(Activations.Sigmoid(z)), M(1)))]));

        Write(directory, "level6-gradients.svg", new LineChart("Gradient with respect to the logit (y = 1)", "logit z", "dℓ/dz")
            .Add("binary cross-entropy  σ(z) − 1", logits, [.. logits.Select(z => Gradients.BinaryCrossEntropyWrtLogit(z, 1))])
            .Add("squared error  2(σ − 1)·σ(1 − σ)", logits, [.. logits.Select(z => Gradients.SquaredErrorWrtLogitThroughSigmoid(z, 1))]));

        var crossEntropy = Race(Gradients.BinaryCrossEntropyWrtLogit, z => Losses.BinaryCrossEntropyWithLogits(V(z), V(1)));
        var squaredError = Race(Gradients.SquaredErrorWrtLogitThroughSigmoid, z => Losses.MseLoss(M(Activations.Sigmoid(z)), M(1)));
        double[] steps = [.. Enumerable.Range(0, RaceSteps + 1).Select(step => (double)step)];
        Write(directory, "level6-race.svg",
            new LineChart($"Gradient descent from z = {RaceStart} (y = 1, learning rate {RaceLearningRate})", "step", "loss")
                .Add($"binary cross-entropy (σ > {RaceConfidence} after {crossEntropy.StepsToConfidence} steps)", steps, crossEntropy.Losses)
                .Add($"squared error (σ > {RaceConfidence} after {squaredError.StepsToConfidence} steps)", steps, squaredError.Losses));

        Console.WriteLine($"race from z = {RaceStart}, learning rate {RaceLearningRate}: σ(z) > {RaceConfidence} after " +
                          $"{crossEntropy.StepsToConfidence} steps with cross-entropy, {squaredError.StepsToConfidence} with squared error");
        return 0;
    }

    private static string OutputDirectory(IReadOnlyList<string> arguments) =>
        arguments switch
        {
            [] => DefaultDirectory,
            ["--out", var directory] => directory,
            ["--out"] => throw new UsageException("--out needs a directory."),
            _ => throw new UsageException($"Unknown arguments: {string.Join(' ', arguments)}."),
        };

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

    private static void Write(string directory, string fileName, LineChart chart)
    {
        var path = Path.Combine(directory, fileName);
        chart.Save(path);
        Console.WriteLine($"wrote {path}");
    }

    private static Vector<double> V(double value) => Vector<double>.Build.Dense(1, value);

    private static Matrix<double> M(double value) => Matrix<double>.Build.Dense(1, 1, value);
}
