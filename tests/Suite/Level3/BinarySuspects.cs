namespace LossKata.Tests.Level3;

/// <summary>The realistic mistakes of the two binary losses, each with the value it returns for the input and the
/// reduction asked: the message of a wrong value names the one that gives it.</summary>
internal static class BinarySuspects
{
    private const double LogClamp = -100;

    public static Suspect[] OfProbabilities(Vector<double> p, Vector<double> y, Reduction reduction = Reduction.Mean)
    {
        static double Clamped(double x) => Math.Max(Math.Log(x), LogClamp);
        double Total(Func<double, double, double> term) => p.Zip(y).Sum(pair => term(pair.First, pair.Second));
        var total = Total((pi, yi) => -(yi * Clamped(pi) + (1 - yi) * Clamped(1 - pi)));
        var clipped = Total((pi, yi) => -(yi * Math.Log(Math.Clamp(pi, 1e-7, 1 - 1e-7)) + (1 - yi) * Math.Log(1 - Math.Clamp(pi, 1e-7, 1 - 1e-7))));
        return
        [
            Suspect.Gives(-Reduce(total, p.Count, reduction), "the minus sign of ℓ = −[y ln p + (1 − y) ln(1 − p)] is missing: a sign error that makes the loss negative"),
            .. Reductions(total, p.Count, reduction),
            Suspect.Gives(Reduce(Total((pi, yi) => -(yi * Math.Log(pi) + (1 - yi) * Math.Log(1 - pi))), p.Count, reduction),
                "the clamp of each log at −100 is missing: PyTorch clamps ln 0 = −∞ at −100, so p = 0 or 1 gives a finite loss, never ∞ or NaN"),
            Suspect.Gives(Reduce(clipped, p.Count, reduction),
                "the probability is clipped to [1e-7, 1 − 1e-7] (as Keras does) where PyTorch clamps each log at −100"),
            Suspect.Gives(Reduce(Total((pi, yi) => -((1 - yi) * Clamped(pi) + yi * Clamped(1 - pi))), p.Count, reduction),
                "the two terms are swapped: y weighs ln p (for y = 1 only −ln p is left) and 1 − y weighs ln(1 − p)"),
        ];
    }

    public static Suspect[] OfLogits(Vector<double> z, Vector<double> y, Reduction reduction = Reduction.Mean)
    {
        double Total(Func<double, double, double> term) => z.Zip(y).Sum(pair => term(pair.First, pair.Second));
        static double Softplus(double x) => Math.Log(1 + Math.Exp(-Math.Abs(x)));
        static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
        var total = Total((zi, yi) => Math.Max(zi, 0) - zi * yi + Softplus(zi));
        return
        [
            Suspect.Gives(-Reduce(total, z.Count, reduction), "the minus sign is missing: ℓ = −[y ln σ(z) + (1 − y) ln(1 − σ(z))] is never negative, a sign error"),
            .. Reductions(total, z.Count, reduction),
            Suspect.Gives(Reduce(Total((zi, yi) => -(yi * Math.Max(Math.Log(Sigmoid(zi)), LogClamp) + (1 - yi) * Math.Max(Math.Log(1 - Sigmoid(zi)), LogClamp))), z.Count, reduction),
                "σ(z) is computed first and fed to the clamped BCE: σ(1000) rounds to 1, so a confident wrong logit costs the clamped 100, not 1000"),
            Suspect.Gives(Reduce(Total((zi, yi) => (1 - yi) * zi + Math.Log(1 + Math.Exp(-zi))), z.Count, reduction),
                "the unstable form (1 − y)·z + ln(1 + e^−z) is used: e^−z overflows for a large negative logit; use max(z, 0) − z·y + ln(1 + e^−|z|)"),
            Suspect.Gives(Reduce(Total((zi, yi) => Math.Max(zi, 0) + zi * yi + Softplus(zi)), z.Count, reduction),
                "the sign of the z·y term is flipped: ℓ = max(z, 0) − z·y + ln(1 + e^−|z|)"),
        ];
    }

    private static double Reduce(double total, int count, Reduction reduction) => reduction == Reduction.Mean ? total / count : total;

    /// <summary>The other reduction than the one asked: Sum where Mean is asked, or Mean where Sum is.</summary>
    private static Suspect[] Reductions(double total, int count, Reduction reduction) =>
        reduction == Reduction.Mean
            ? [Suspect.Gives(total, $"Sum was used where Mean, the default, is asked: the Mean divides the sum by the {count} elements")]
            : [Suspect.Gives(total / count, $"Mean was used where Sum is asked: Sum adds the {count} per-element losses")];
}
