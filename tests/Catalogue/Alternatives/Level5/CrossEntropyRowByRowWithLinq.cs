// Alternative: LINQ over the samples, −log-softmax(zᵢ)[yᵢ] one row at a time, with Average for the mean
// Replaces: Level5_NllAndCrossEntropy/CrossEntropy.cs
// Exercise: Losses.CrossEntropy
namespace LossKata;

public static partial class Losses
{
    /// <summary>Cross-entropy from logits as PyTorch's cross_entropy.</summary>
    public static double CrossEntropy(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount);
        var perSample = targets.Select((label, row) => -Activations.LogSoftmax(logits.Row(row))[label]).ToList();
        return reduction == Reduction.Mean ? perSample.Average() : perSample.Sum();
    }
}
