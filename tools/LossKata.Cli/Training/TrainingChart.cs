using System.Globalization;
using LossKata.Cli.Plotting;

namespace LossKata.Cli.Training;

/// <summary>The chart of <c>train --plot</c>: the loss of every batch, and the test loss and accuracy after every epoch.</summary>
internal static class TrainingChart
{
    public static ChartFile Draw(TrainingSettings settings, IReadOnlyList<EpochMetrics> epochs, IReadOnlyList<(double Epoch, double Loss)> batchLosses)
    {
        var title = string.Create(CultureInfo.InvariantCulture,
            $"{(settings.Init == WeightInit.Kaiming ? "Kaiming" : "randn")}, {(settings.FinalRelu ? "ReLU on logits" : "no ReLU on logits")}, {(settings.MseLoss ? "MSE" : "cross-entropy")}, lr {settings.LearningRate}, seed {settings.Seed}");
        var chart = new LineChart(title, "epoch", "loss / accuracy")
            .Add("training loss (per batch)", [.. batchLosses.Select(b => b.Epoch)], [.. batchLosses.Select(b => b.Loss)])
            .Add("test loss", [.. epochs.Select(e => (double)e.Epoch)], [.. epochs.Select(e => e.TestLoss)])
            .Add("test accuracy", [.. epochs.Select(e => (double)e.Epoch)], [.. epochs.Select(e => e.TestAccuracy)]);
        return new ChartFile(chart);
    }
}
