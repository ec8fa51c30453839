// Alternative: the labels checked only by NllLoss, which rejects them with the same argument name and message (log-softmax keeps the shape)
// Replaces: Level5_NllAndCrossEntropy/CrossEntropy.cs
// Exercise: Losses.CrossEntropy
namespace LossKata;

public static partial class Losses
{
    public static double CrossEntropy(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        return NllLoss(Activations.LogSoftmax(logits), targets, reduction);
    }
}
