namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Level 3 — binary cross-entropy on logits, as PyTorch's <c>binary_cross_entropy_with_logits</c>:
    /// the same value as <c>BinaryCrossEntropy(σ(z), y)</c>, computed in a form that stays finite for any
    /// finite logit: <c>ℓᵢ = max(zᵢ, 0) − zᵢ·yᵢ + log(1 + e^(−|zᵢ|))</c> (derive it in the doc).
    /// <para>
    /// Edge cases: z = ±1000 must give a finite, correct loss (z = 1000 with y = 0 costs exactly 1000); going through
    /// σ(z) first rounds to 0 or 1 and loses it. The loss is finite and never negative for any finite logit; a soft
    /// target y is matched best by the logit <c>ln(y / (1 − y))</c>. Mean (the default) divides the sum by the number of
    /// elements; Sum does not.
    /// </para>
    /// <para>
    /// Bad input, in this order: <c>Guard.NotEmptyNoNaN(logits, nameof(logits))</c>,
    /// <c>Guard.Probabilities(targets, nameof(targets))</c>, <c>Guard.SameLength(logits, nameof(logits), targets, nameof(targets))</c>.
    /// </para>
    /// Read docs/level-3-binary-cross-entropy.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=3"</c>
    /// </summary>
    /// <param name="logits">Logits (any real numbers).</param>
    /// <param name="targets">Targets in [0, 1], the same length.</param>
    /// <param name="reduction">Mean (default) over the elements, or Sum.</param>
    public static double BinaryCrossEntropyWithLogits(Vector<double> logits, Vector<double> targets, Reduction reduction = Reduction.Mean)
    {
        throw new NotImplementedException("not started: implement Losses.BinaryCrossEntropyWithLogits in exercises/Level3_BinaryCrossEntropy/BinaryCrossEntropyWithLogits.cs");
    }
}
