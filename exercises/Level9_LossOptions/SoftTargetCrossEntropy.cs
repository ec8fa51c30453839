namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Level 9 — cross-entropy from logits to probability ("soft") targets, as
    /// <c>F.cross_entropy(logits, targets, weight=w, label_smoothing=ε)</c> when <c>targets</c> is an N×C float tensor
    /// (mixup, distillation, annotators who disagree): <c>ℓᵢ = −Σ_c w[c]·t'ᵢ[c]·log softmax(zᵢ)[c]</c> with the smoothed
    /// target <c>t' = (1 − ε)·t + ε/C</c>.
    /// <para>
    /// Mean divides by N, even with weights — unlike class-index targets, whose Mean divides by the targets' weights.
    /// One-hot rows give exactly <see cref="WeightedCrossEntropy"/>'s Sum (and its Mean when every weight is 1).
    /// PyTorch refuses an ignore_index with probability targets; here there is no such parameter.
    /// </para>
    /// <para>Bad input, in this order: <c>Guard.NotEmptyNoNaN(logits, nameof(logits))</c>,
    /// <c>Guard.RowDistributions(targets, nameof(targets))</c>, <c>Guard.SameShape(logits, nameof(logits), targets, nameof(targets))</c>,
    /// when a weight is given <c>Guard.ClassWeights(weight, nameof(weight), logits.ColumnCount)</c>, then
    /// <c>Guard.Probability(labelSmoothing, nameof(labelSmoothing))</c>.</para>
    /// Read docs/level-9-loss-options.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=9"</c>
    /// </summary>
    /// <param name="logits">An N×C matrix of logits.</param>
    /// <param name="targets">An N×C matrix whose rows are distributions over the classes.</param>
    /// <param name="weight">One weight per class, finite and ≥ 0 (null: every class weighs 1).</param>
    /// <param name="labelSmoothing">ε in [0, 1] (default 0).</param>
    /// <param name="reduction">Mean (default, over N) or Sum.</param>
    public static double SoftTargetCrossEntropy(
        Matrix<double> logits, Matrix<double> targets, Vector<double>? weight = null, double labelSmoothing = 0, Reduction reduction = Reduction.Mean)
    {
        throw new NotImplementedException("not started: implement Losses.SoftTargetCrossEntropy in exercises/Level9_LossOptions/SoftTargetCrossEntropy.cs");
    }
}
