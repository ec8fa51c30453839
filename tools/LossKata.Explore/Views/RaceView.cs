namespace LossKata.Explore.Views;

/// <summary>Plain gradient descent on one logit: where it starts, the label, the learning rate and how many steps.</summary>
public sealed record RaceInput(double Start, double Label, double LearningRate, int Steps);

/// <summary>The race (level 6): gradient descent on one logit with the gradient of binary cross-entropy and with that of
/// the squared error through the sigmoid; each row is the logit after every step, z₀ … z_steps.</summary>
public static class RaceView
{
    public const string Name = "race";

    public static IReadOnlyList<Row> Compute(RaceInput input) =>
    [
        Row.Of("crossEntropyRun", "Gradients.BinaryCrossEntropyWrtLogit", () => Descend(Gradients.BinaryCrossEntropyWrtLogit, input)),
        Row.Of("squaredErrorRun", "Gradients.SquaredErrorWrtLogitThroughSigmoid", () => Descend(Gradients.SquaredErrorWrtLogitThroughSigmoid, input)),
    ];

    /// <summary>z₀ = start, z_{t+1} = z_t − rate · gradient(z_t, label).</summary>
    public static double[] Descend(Func<double, double, double> gradient, RaceInput input)
    {
        var logits = new double[input.Steps + 1];
        logits[0] = input.Start;
        for (var step = 1; step <= input.Steps; step++)
        {
            logits[step] = logits[step - 1] - input.LearningRate * gradient(logits[step - 1], input.Label);
        }

        return logits;
    }
}
