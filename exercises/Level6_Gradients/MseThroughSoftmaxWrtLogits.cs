namespace LossKata;

public static partial class Gradients
{
    /// <summary>
    /// Level 6 — the gradient of <c>Losses.MseLoss(Softmax(logits), onehot(targets), reduction)</c> with respect to
    /// the logits. Per row, with <c>s = softmax(zᵢ)</c> and <c>g = 2(s − t) / k</c> (k = N·C for Mean — MSE averages
    /// over every element — and 1 for Sum), multiply by the softmax Jacobian <c>J = diag(s) − s sᵀ</c>:
    /// <c>(J g)ⱼ = sⱼ (gⱼ − Σₖ sₖ gₖ)</c>. Both terms of J matter: <c>sⱼ(1 − sⱼ) gⱼ</c> alone is wrong.
    /// <para>Edge cases: each row sums to 0; two tied classes give exactly the cross-entropy gradient (Sum).</para>
    /// <para>Bad input: <c>Guard.NotEmptyNoNaN(logits, nameof(logits))</c>,
    /// <c>Guard.Labels(targets, nameof(targets), logits.RowCount, logits.ColumnCount)</c>.</para>
    /// Read docs/level-6-gradients.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=6"</c>
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">N class labels in [0, C).</param>
    /// <param name="reduction">The reduction of the loss being differentiated: Mean (default) over all N·C elements, or Sum.</param>
    public static Matrix<double> MseThroughSoftmaxWrtLogits(Matrix<double> logits, IReadOnlyList<int> targets, Reduction reduction = Reduction.Mean)
    {
        throw new NotImplementedException("not started: implement Gradients.MseThroughSoftmaxWrtLogits in exercises/Level6_Gradients/MseThroughSoftmaxWrtLogits.cs");
    }
}
