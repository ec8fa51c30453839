// Alternative: through the identity KL(p ‖ q) = H(p, q) − H(p), clamped at 0 against rounding
// Replaces: Level2_CrossEntropyAndKl/KlDivergence.cs
// Exercise: Information.KlDivergence

// replace:
        var nats = 0.0;
// through:
        return Math.Max(0, nats) / Math.Log(logBase);
// with:
        // Rounding can leave a tiny negative sum when p ≈ q; Gibbs' inequality says KL ≥ 0.
        return Math.Max(0, CrossEntropy(p, q, logBase) - Entropy(p, logBase));
