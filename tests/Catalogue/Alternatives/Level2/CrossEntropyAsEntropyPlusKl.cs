// Alternative: through the identity H(p, q) = H(p) + KL(p ‖ q), reusing the two other exercises
// Replaces: Level2_CrossEntropyAndKl/CrossEntropy.cs
// Exercise: Information.CrossEntropy

// replace:
        var nats = 0.0;
// through:
        return nats / Math.Log(logBase);
// with:
        return Entropy(p, logBase) + KlDivergence(p, q, logBase);
