namespace LossKata.Tests.Level4;

/// <summary>The realistic mistakes of level 4's activations, each with the value it returns for the logits given:
/// the message of a wrong value names the one that gives it.</summary>
internal static class ActivationSuspects
{
    public static Suspect[] OfSigmoid(double z) =>
    [
        Suspect.Gives(1 / (1 + Math.Exp(z)), "the sign of the exponent is flipped: 1 / (1 + e^z) is σ(−z), and a larger logit never means a smaller probability"),
        Suspect.Gives(Math.Exp(z) / (1 + Math.Exp(z)), "the unstable form e^z / (1 + e^z) is used for every z: once e^z overflows it is ∞/∞ = NaN"),
    ];

    public static Suspect[] OfLogSumExp(Vector<double> z)
    {
        var m = z.Maximum();
        return
        [
            Suspect.Gives(Math.Log(z.Sum(zi => Math.Exp(zi - m))), "the shift m = max zᵢ is not added back: LSE(z) = m + ln Σ e^(zᵢ − m)"),
            Suspect.Gives(m + Math.Log(z.Sum(zi => Math.Exp(zi - m))), "an infinite maximum is not handled: zᵢ − m is ∞ − ∞ = NaN when m = ±∞, so return m itself"),
            Suspect.Gives(Math.Log(z.Sum(Math.Exp)), "ln Σ e^zᵢ is computed without subtracting the maximum: e^1000 overflows to ∞ (and e^−1000 underflows to 0)"),
        ];
    }

    public static Suspect[] OfSoftmax(Vector<double> z)
    {
        var shifted = z.Map(zi => Math.Exp(zi - z.Maximum()));
        var exponentials = z.Map(Math.Exp);
        return
        [
            Suspect.Gives(shifted, "the division by the sum is forgotten: e^(zᵢ − m) alone does not add up to 1"),
            Suspect.Gives(exponentials / exponentials.Sum(), "e^zᵢ / Σ e^zⱼ is computed without subtracting the maximum: e^1000 = ∞ and ∞/∞ = NaN"),
        ];
    }

    public static Suspect[] OfLogSoftmax(Vector<double> z)
    {
        var exponentials = z.Map(Math.Exp);
        return
        [
            Suspect.Gives(Oracle.Softmax(z).Map(Math.Log), "log(softmax) is taken instead of z − LSE(z): a softmax entry underflows to 0 and ln 0 = −∞"),
            Suspect.Gives(z - z.Maximum(), "only the maximum is subtracted, z − max z: a log-softmax is z − LSE(z)"),
            Suspect.Gives(z - Math.Log(exponentials.Sum()), "LSE(z) is computed without subtracting the maximum: e^1000 overflows, so z − ln Σ e^z is NaN or −∞"),
        ];
    }

    /// <summary>The matrix forms: each row's mistakes, and the one of the matrix form itself — normalising each column
    /// (across the batch) instead of each row (across the classes of one sample).</summary>
    public static Suspect[] OfSoftmax(Matrix<double> logits) =>
        [Suspect.Gives(Oracle.Softmax(logits.Transpose()).Transpose(), "softmax normalises each column (across the batch) instead of each row (the classes of one sample)")];

    public static Suspect[] OfLogSoftmax(Matrix<double> logits) =>
        [Suspect.Gives(Oracle.LogSoftmax(logits.Transpose()).Transpose(), "log-softmax is taken down each column (across the batch) instead of along each row (the classes of one sample)")];
}
