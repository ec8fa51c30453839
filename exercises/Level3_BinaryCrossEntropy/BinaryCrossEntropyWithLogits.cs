namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Level 3 — binary cross-entropy on logits, as PyTorch's <c>binary_cross_entropy_with_logits</c>:
    /// the same value as <c>BinaryCrossEntropy(σ(z), y)</c>, computed in a form that stays finite for any
    /// finite logit: <c>ℓᵢ = max(zᵢ, 0) − zᵢ·yᵢ + log(1 + e^(−|zᵢ|))</c> (derive it in the doc).
    /// <para>
    /// Edge cases: z = ±1000 must give a finite, correct loss; going through σ(z) first rounds to 0 or 1 and loses it.
    /// </para>
    /// <para>
    /// Bad input: <c>Guard.NotEmptyNoNaN</c> for the logits, <c>Guard.Probabilities</c> for the targets, <c>Guard.SameLength</c>.
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
