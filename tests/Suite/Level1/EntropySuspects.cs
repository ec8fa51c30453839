namespace LossKata.Tests.Level1;

/// <summary>The realistic mistakes of <c>Information.Entropy</c>, each with the value it returns for p in the base
/// asked: the message of a wrong value names the one that gives it.</summary>
internal static class EntropySuspects
{
    public static Suspect[] Of(Vector<double> p, double logBase = Math.E)
    {
        var lnBase = Math.Log(logBase);
        double Nats(Func<double, double> term) => p.Where(pi => pi > 0).Sum(term);
        return
        [
            Suspect.Gives(Nats(pi => pi * Math.Log(pi)) / lnBase, "the minus sign of H = −Σ pᵢ log pᵢ is missing, so the entropy comes out negative"),
            Suspect.Gives(p.Sum(pi => -pi * Math.Log(pi)) / lnBase, "0·log 0 is computed as 0·(−∞) = NaN; a term with pᵢ = 0 must count as 0"),
            Suspect.Gives(Nats(pi => -pi * Math.Log2(pi)), "Math.Log2 is used whatever the base: the logarithm must be natural (nats) by default, and in base b divided by ln b"),
            Suspect.Gives(Nats(pi => -pi * Math.Log(pi)) * lnBase, "the change of base is inverted: log_b x = ln x / ln b, not ln x · ln b"),
            Suspect.Gives(Nats(pi => -pi * Math.Log(pi)), "the change of base is missing: the result stays in nats whatever logBase asks for, where log_b x = ln x / ln b"),
            Suspect.Gives(Nats(pi => -Math.Log(pi)) / lnBase, "the surprises −log pᵢ are summed without weighting each by its pᵢ: H is the average surprise Σ pᵢ·(−log pᵢ)"),
        ];
    }
}
