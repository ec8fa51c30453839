namespace LossKata.Tests.Level2;

/// <summary>The realistic mistakes of <c>Information.CrossEntropy</c> and <c>Information.KlDivergence</c>, each with
/// the value it returns for p and q in the base asked: the message of a wrong value names the one that gives it.</summary>
internal static class InformationSuspects
{
    public static Suspect[] OfCrossEntropy(Vector<double> p, Vector<double> q, double logBase = Math.E)
    {
        var lnBase = Math.Log(logBase);
        double Nats(Func<double, double, double> term) => Terms(p, q, term, skipZeroP: true);
        var nats = Nats((pi, qi) => -pi * Math.Log(qi));
        return
        [
            Suspect.Gives(-nats / lnBase, "the minus sign of H(p, q) = −Σ pᵢ log qᵢ is missing, so the cross-entropy comes out negative"),
            Suspect.Gives(Terms(q, p, (qi, pi) => -qi * Math.Log(pi), skipZeroP: true) / lnBase, "p and q are swapped: the predicted q goes inside the log, the true p weighs it"),
            Suspect.Gives(Terms(p, q, (pi, qi) => -pi * Math.Log(qi), skipZeroP: false) / lnBase, "NaN means 0·ln 0 = 0·(−∞) was computed: a term with pᵢ = 0 must be skipped"),
            Suspect.Gives(Nats((pi, qi) => -pi * Math.Log2(qi)), "Math.Log2 is used whatever the base: log₂ was used where the logarithm must be natural (nats) by default"),
            Suspect.Gives(nats * lnBase, "the change of base is inverted: log_b x = ln x / ln b, not ln x · ln b"),
            Suspect.Gives(nats, "the change of base is missing: the result stays in nats whatever logBase asks for, where log_b x = ln x / ln b"),
            Suspect.Gives(Nats((pi, qi) => -pi * qi), "the log is forgotten: −Σ pᵢ qᵢ where −Σ pᵢ log qᵢ is asked"),
        ];
    }

    public static Suspect[] OfKlDivergence(Vector<double> p, Vector<double> q, double logBase = Math.E)
    {
        var lnBase = Math.Log(logBase);
        double Nats(Func<double, double, double> term) => Terms(p, q, term, skipZeroP: true);
        var nats = Nats((pi, qi) => pi * Math.Log(pi / qi));
        return
        [
            Suspect.Gives(-nats / lnBase, "the ratio is upside down, ln(qᵢ/pᵢ) for ln(pᵢ/qᵢ): a sign error that makes KL = Σ pᵢ ln(pᵢ/qᵢ) negative"),
            Suspect.Gives(Terms(q, p, (qi, pi) => qi * Math.Log(qi / pi), skipZeroP: true) / lnBase, "p and q are swapped: KL(q ‖ p) is a different number, since KL weighs by the true p"),
            Suspect.Gives(Nats((pi, qi) => -pi * Math.Log(qi)) / lnBase, "the entropy term is left out: −Σ pᵢ ln qᵢ is the cross-entropy H(p, q), and KL = Σ pᵢ ln(pᵢ/qᵢ) = H(p, q) − H(p)"),
            Suspect.Gives(Terms(p, q, (pi, qi) => pi * Math.Log(pi / qi), skipZeroP: false) / lnBase, "NaN means 0·ln(0/0) or 0·ln 0 was computed: a term with pᵢ = 0 must be skipped"),
            Suspect.Gives(Nats((pi, qi) => pi * Math.Log2(pi / qi)), "Math.Log2 is used whatever the base: log₂ was used where the logarithm must be natural (nats) by default"),
            Suspect.Gives(nats * lnBase, "the change of base is inverted: log_b x = ln x / ln b, not ln x · ln b"),
            Suspect.Gives(nats, "the change of base is missing: the result stays in nats whatever logBase asks for, where log_b x = ln x / ln b"),
        ];
    }

    /// <summary>Σ term(aᵢ, bᵢ) in float64, skipping the terms with aᵢ = 0 or keeping them (and their NaN).</summary>
    private static double Terms(Vector<double> a, Vector<double> b, Func<double, double, double> term, bool skipZeroP) =>
        a.Count != b.Count ? double.NaN : a.Zip(b).Where(pair => !skipZeroP || pair.First > 0).Sum(pair => term(pair.First, pair.Second));
}
