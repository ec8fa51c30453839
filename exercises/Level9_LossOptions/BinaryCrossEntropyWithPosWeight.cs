namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Level 9 — binary cross-entropy from logits with a weight on the positives, as
    /// <c>nn.BCEWithLogitsLoss(pos_weight=p)</c> on an N×C multi-label batch (C independent yes/no labels per sample):
    /// <c>ℓᵢⱼ = −[pⱼ·yᵢⱼ·log σ(zᵢⱼ) + (1 − yᵢⱼ)·log(1 − σ(zᵢⱼ))]</c>. Only the positive term is weighted; pⱼ = (negatives ÷
    /// positives) of label j balances a rare label. Mean divides by every element, N·C (as level 3's BCE); Sum adds them.
    /// <para>
    /// Stay in logits, as level 3: <c>−log σ(z) = softplus(−z)</c> and <c>−log(1 − σ(z)) = z + softplus(−z)</c>, so
    /// <c>ℓ = (1 − y)·z + (1 + (p − 1)·y)·softplus(−z)</c> with <c>softplus(−z) = max(−z, 0) + log(1 + e^−|z|)</c>.
    /// Logits of ±1000 must give finite, exact losses. pⱼ = 1 is level 3's BCE with logits; pⱼ = 0 keeps only the negatives.
    /// </para>
    /// <para>Bad input, in this order: <c>Guard.NotEmptyNoNaN(logits, nameof(logits))</c>,
    /// <c>Guard.Probabilities(targets, nameof(targets))</c>, <c>Guard.SameShape(logits, nameof(logits), targets, nameof(targets))</c>,
    /// <c>Guard.ClassWeights(posWeight, nameof(posWeight), logits.ColumnCount)</c>.</para>
    /// Read docs/level-9-loss-options.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=9"</c>
    /// </summary>
    /// <param name="logits">An N×C matrix of logits, one per sample and label.</param>
    /// <param name="targets">An N×C matrix of targets in [0, 1].</param>
    /// <param name="posWeight">One weight per label (column), finite and ≥ 0, for its positive term.</param>
    /// <param name="reduction">Mean (default, over N·C) or Sum.</param>
    public static double BinaryCrossEntropyWithPosWeight(Matrix<double> logits, Matrix<double> targets, Vector<double> posWeight, Reduction reduction = Reduction.Mean)
    {
        throw new NotImplementedException("not started: implement Losses.BinaryCrossEntropyWithPosWeight in exercises/Level9_LossOptions/BinaryCrossEntropyWithPosWeight.cs");
    }
}
