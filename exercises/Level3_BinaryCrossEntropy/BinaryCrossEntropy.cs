namespace LossKata;

public static partial class Losses
{
    /// <summary>
    /// Level 3 — binary cross-entropy on probabilities, as PyTorch's <c>binary_cross_entropy</c>:
    /// <c>ℓᵢ = −[yᵢ · log pᵢ + (1 − yᵢ) · log(1 − pᵢ)]</c>, then the mean over the elements (or the sum).
    /// <para>
    /// Edge cases: PyTorch clamps each log term at −100, so p = 0 with y = 1 costs 100, not ∞, and p = 0 with
    /// y = 0 costs 0·(−100) = 0, not 0·(−∞) = NaN.
    /// Soft targets (any y in [0, 1]) are allowed: the loss is never negative and is smallest at p = y, where it is the
    /// entropy of (y, 1 − y). It is level 2's cross-entropy of two outcomes, <c>H((y, 1 − y), (p, 1 − p))</c>, and equals
    /// <c>BinaryCrossEntropyWithLogits(z, y)</c> at <c>p = σ(z)</c>. Mean (the default) divides the sum by the number of
    /// elements; Sum does not.
    /// </para>
    /// <para>
    /// Bad input, in this order: <c>Guard.Probabilities(probabilities, nameof(probabilities))</c>,
    /// <c>Guard.Probabilities(targets, nameof(targets))</c> (values in [0, 1]),
    /// <c>Guard.SameLength(probabilities, nameof(probabilities), targets, nameof(targets))</c>.
    /// </para>
    /// Read docs/level-3-binary-cross-entropy.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=3"</c>
    /// </summary>
    /// <param name="probabilities">Predicted probabilities of the positive class.</param>
    /// <param name="targets">Targets in [0, 1], the same length.</param>
    /// <param name="reduction">Mean (default) over the elements, or Sum.</param>
    public static double BinaryCrossEntropy(Vector<double> probabilities, Vector<double> targets, Reduction reduction = Reduction.Mean)
    {
        throw new NotImplementedException("not started: implement Losses.BinaryCrossEntropy in exercises/Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs");
    }
}
