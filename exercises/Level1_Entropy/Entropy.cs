namespace LossKata;

public static partial class Information
{
    /// <summary>
    /// Level 1 — Shannon entropy: the average surprise of a distribution,
    /// <c>H(p) = −Σᵢ pᵢ · log_b(pᵢ)</c>.
    /// <para>
    /// Edge cases: a zero probability contributes nothing (<c>0 · log 0 = 0</c>; computed naively it is NaN).
    /// The default base is e (nats); base 2 gives bits (<c>log₂ x = ln x / ln 2</c>).
    /// Bounds: <c>0 ≤ H(p) ≤ log n</c> for n outcomes, 0 for a one-hot p and largest (log n) for the uniform one;
    /// reordering the outcomes does not change H.
    /// </para>
    /// <para>
    /// Bad input: start with <c>Guard.Distribution(p, nameof(p))</c> and <c>Guard.LogBase(logBase, nameof(logBase))</c>
    /// (provided in common/Guard.cs): they reject null (<c>ArgumentNullException</c>), and with an <c>ArgumentException</c>
    /// naming the argument (and the index): empty, NaN, negative or above 1, a sum farther than
    /// <c>Guard.DistributionSumTolerance</c> (1e-6) from 1, and a base that is not positive, finite and ≠ 1.
    /// </para>
    /// Read docs/level-1-entropy.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=1"</c>
    /// </summary>
    /// <param name="p">A probability distribution.</param>
    /// <param name="logBase">The base b of the logarithm: e for nats (the default), 2 for bits.</param>
    public static double Entropy(Vector<double> p, double logBase = Math.E)
    {
        throw new NotImplementedException("not started: implement Information.Entropy in exercises/Level1_Entropy/Entropy.cs");
    }
}
