namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Level 5 — mean squared error, as PyTorch's <c>mse_loss</c>: <c>Σᵢⱼ (predictionsᵢⱼ − targetsᵢⱼ)²</c>,
    /// divided by the number of elements N·C for Mean (not by N alone); Sum adds every squared difference. It is
    /// symmetric in its two arguments and 0 for equal matrices.
    /// <para>Bad input, in this order: <c>Guard.NotEmptyNoNaN(predictions, nameof(predictions))</c>,
    /// <c>Guard.NotEmptyNoNaN(targets, nameof(targets))</c>, <c>Guard.SameShape(predictions, nameof(predictions), targets, nameof(targets))</c>.</para>
    /// Read docs/level-5-nll-and-cross-entropy.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=5"</c>
    /// </summary>
    /// <param name="predictions">An N×C matrix of predictions.</param>
    /// <param name="targets">An N×C matrix of targets.</param>
    /// <param name="reduction">Mean (default) over every element, or Sum.</param>
    public static double MseLoss(Matrix<double> predictions, Matrix<double> targets, Reduction reduction = Reduction.Mean)
    {
        throw new NotImplementedException("not started: implement Losses.MseLoss in exercises/Level5_NllAndCrossEntropy/MseLoss.cs");
    }
}
