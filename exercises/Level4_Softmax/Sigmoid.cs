namespace LossKata;

public static partial class Activations
{
    /// <summary>
    /// Level 4 — the logistic sigmoid <c>σ(z) = 1 / (1 + e^(−z))</c>, a probability from one logit.
    /// <para>
    /// Edge cases: for z = −1000, <c>e^(−z)</c> overflows to ∞ (the result 0 is still right); for z &lt; 0 the form
    /// <c>e^z / (1 + e^z)</c> avoids the overflow. σ(1000) = 1 and σ(−1000) = 0 exactly, never NaN; σ(+∞) = 1, σ(−∞) = 0.
    /// Properties: σ(−z) = 1 − σ(z); σ(z) lies in [0, 1] and never decreases as z grows; σ(z) = softmax(z, 0)₀.
    /// NaN must be rejected with an <c>ArgumentException</c> naming z: <c>Guard.NotNaN(z, nameof(z))</c> (provided in common/Guard.cs).
    /// </para>
    /// Read docs/level-4-softmax.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=4"</c>
    /// </summary>
    /// <param name="z">A logit.</param>
    public static double Sigmoid(double z)
    {
        throw new NotImplementedException("not started: implement Activations.Sigmoid in exercises/Level4_Softmax/Sigmoid.cs");
    }
}
