using LossKata.Explore.Views;

namespace LossKata.Explore;

/// <summary>Rows the page reads that follow from an implementation's rows by the reference's arithmetic: the race's
/// losses and step counts from each run's logits, and H(p) + KL(p‖q) beside H(p, q). Derived the same way from both
/// implementations, they differ only where the learner's rows do.</summary>
public static class Derived
{
    /// <summary>docs/level-6-gradients.md's race: z₀ = −6 (σ ≈ 0.0025), y = 1, learning rate 1, until σ(z) &gt; 0.9.</summary>
    public static RaceInput Level6Race { get; } = new(Start: -6, Label: 1, LearningRate: 1, Steps: 300);

    /// <summary>σ(z) must pass this for a run to have arrived.</summary>
    public const double RaceConfidence = 0.9;

    /// <summary>Each run's loss at every step and the first step where σ(z) passes <see cref="RaceConfidence"/> (−1: none within the steps).</summary>
    public static IReadOnlyList<Row> Race(IReadOnlyList<Row> runs, double label)
    {
        var crossEntropy = runs.Single(row => row.Key == "crossEntropyRun");
        var squaredError = runs.Single(row => row.Key == "squaredErrorRun");
        return
        [
            .. runs,
            PerStep(crossEntropy, "crossEntropyLoss", z => BinaryCrossEntropy(z, label)),
            PerStep(squaredError, "squaredErrorLoss", z => SquaredError(z, label)),
            From(crossEntropy, "crossEntropySteps", logits => [StepsToConfidence(logits)]),
            From(squaredError, "squaredErrorSteps", logits => [StepsToConfidence(logits)]),
        ];
    }

    /// <summary>The entropy rows with H(p) + KL(p‖q) added.</summary>
    public static IReadOnlyList<Row> Entropy(IReadOnlyList<Row> rows)
    {
        var entropy = rows.Single(row => row.Key == "entropyP").Outcome;
        var kl = rows.Single(row => row.Key == "kl").Outcome;
        var sum = entropy.Values is null ? entropy
            : kl.Values is null ? kl
            : new Outcome([entropy.Values[0] + kl.Values[0]]);
        return [.. rows, new Row("entropyPlusKl", "Information.Entropy + Information.KlDivergence", sum)];
    }

    public static int StepsToConfidence(IReadOnlyList<double> logits)
    {
        for (var step = 0; step < logits.Count; step++)
        {
            if (!double.IsNaN(logits[step]) && Activations.Sigmoid(logits[step]) > RaceConfidence)
            {
                return step;
            }
        }

        return -1;
    }

    /// <summary>The loss of a run at one step; NaN where a learner's run went to NaN.</summary>
    public static double BinaryCrossEntropy(double logit, double label) => double.IsNaN(logit) ? double.NaN :
        Losses.BinaryCrossEntropyWithLogits(Vector<double>.Build.Dense(1, logit), Vector<double>.Build.Dense(1, label));

    public static double SquaredError(double logit, double label) => double.IsNaN(logit) ? double.NaN :
        Losses.MseLoss(Matrix<double>.Build.Dense(1, 1, Activations.Sigmoid(logit)), Matrix<double>.Build.Dense(1, 1, label));

    private static Row PerStep(Row run, string key, Func<double, double> loss) => From(run, key, logits => [.. logits.Select(loss)]);

    private static Row From(Row run, string key, Func<double[], double[]> derive) =>
        new(key, run.Exercise, run.Outcome.Values is { } logits ? new Outcome(derive(logits)) : run.Outcome);
}
