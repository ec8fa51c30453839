namespace LossKata;

public static partial class Gradients
{
    /// <summary>
    /// Level 9 — the gradient of <c>Losses.LabelSmoothedCrossEntropy(logits, targets, labelSmoothing, weight, ignoreIndex,
    /// reduction)</c> with respect to the logits. Write sample i's loss as <c>−Σ_c aᵢ[c]·log sᵢ[c]</c> with the weighted,
    /// smoothed target <c>aᵢ[c] = (1 − ε)·w[yᵢ]·[c = yᵢ] + (ε/C)·w[c]</c>; level 6's <c>∂(−log sᵢ[c])/∂zᵢ = sᵢ − onehot(c)</c>
    /// gives row i = <c>(Σ_c aᵢ[c])·sᵢ − aᵢ</c>. With every weight 1 that is level 6's softmax − target; with weights it is not.
    /// <para>
    /// An ignored sample's row is 0. Mean divides every row by <c>Σ w[yᵢ]</c> over the samples kept (the loss's own
    /// denominator, a constant), Sum by nothing. Each row still sums to 0. Check it with your own
    /// <c>GradientCheck.Numerical</c> on <c>Losses.LabelSmoothedCrossEntropy</c>.
    /// </para>
    /// <para>Bad input: as <c>Losses.LabelSmoothedCrossEntropy</c>, in the same order:
    /// <c>Guard.NotEmptyNoNaN(logits, nameof(logits))</c>,
    /// <c>Guard.LabelsOrIgnored(targets, nameof(targets), logits.RowCount, logits.ColumnCount, ignoreIndex)</c>,
    /// <c>Guard.Probability(labelSmoothing, nameof(labelSmoothing))</c>, and when a weight is given
    /// <c>Guard.ClassWeights(weight, nameof(weight), logits.ColumnCount)</c>.</para>
    /// Read docs/level-9-loss-options.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=9"</c>
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">N class labels in [0, C), or <paramref name="ignoreIndex"/>.</param>
    /// <param name="labelSmoothing">ε in [0, 1].</param>
    /// <param name="weight">One weight per class (null: every class weighs 1).</param>
    /// <param name="ignoreIndex">The label of the samples to leave out.</param>
    /// <param name="reduction">The reduction of the loss being differentiated: Mean (default) or Sum.</param>
    public static Matrix<double> LabelSmoothedCrossEntropyWrtLogits(
        Matrix<double> logits, IReadOnlyList<int> targets, double labelSmoothing,
        Vector<double>? weight = null, int ignoreIndex = -100, Reduction reduction = Reduction.Mean)
    {
        throw new NotImplementedException("not started: implement Gradients.LabelSmoothedCrossEntropyWrtLogits in exercises/Level9_LossOptions/LabelSmoothedCrossEntropyWrtLogits.cs");
    }
}
