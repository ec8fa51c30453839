using System.Globalization;
using LossKata.Cli.Plotting;
using ScottPlot;

namespace LossKata.Cli.Training;

/// <summary>The chart of <c>train --plot</c>: the loss of every batch, and the test loss and accuracy after every epoch.</summary>
internal static class TrainingChart
{
    private const double LossAxisCut = 5;

    public static Plot Draw(TrainingSettings settings, IReadOnlyList<EpochMetrics> epochs, IReadOnlyList<(double Epoch, double Loss)> batchLosses)
    {
        var title = string.Create(CultureInfo.InvariantCulture,
            $"{(settings.Init == WeightInit.Kaiming ? "Kaiming" : "randn")}, {(settings.FinalRelu ? "ReLU on logits" : "no ReLU on logits")}, {(settings.MseLoss ? "MSE" : "cross-entropy")}, lr {settings.LearningRate}, seed {settings.Seed}");
        // A randn network starts with losses in the thousands; cutting the axis keeps the ln 10 plateau and the
        // accuracy visible instead of flattening them onto the x axis.
        var cut = batchLosses.Any(b => b.Loss > LossAxisCut) || epochs.Any(e => e.TestLoss > LossAxisCut);
        double[] epochNumbers = [.. epochs.Select(e => (double)e.Epoch)];
        var chart = Charts.LineChart(title, "epoch", cut ? $"loss (axis cut at {LossAxisCut}) / accuracy" : "loss / accuracy")
            .AddLine("training loss (per batch)", [.. batchLosses.Select(b => b.Epoch)], [.. batchLosses.Select(b => b.Loss)])
            .AddLine("test loss", epochNumbers, [.. epochs.Select(e => e.TestLoss)])
            .AddLine("test accuracy", epochNumbers, [.. epochs.Select(e => e.TestAccuracy)]);
        if (cut)
        {
            chart.Axes.SetLimitsY(0, LossAxisCut);
        }

        return chart;
    }
}
