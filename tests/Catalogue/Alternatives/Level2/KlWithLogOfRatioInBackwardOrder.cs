// Alternative: ln(pᵢ/qᵢ) as one logarithm of the ratio, summed from the last term to the first, in bits then converted
// Replaces: Level2_CrossEntropyAndKl/KlDivergence.cs
// Exercise: Information.KlDivergence

// replace:
        var nats = 0.0;
        for (var i = 0; i < p.Count; i++)
// with:
        var bits = 0.0;
        for (var i = p.Count - 1; i >= 0; i--)

// replace:
                nats += p[i] * (Math.Log(p[i]) - Math.Log(q[i]));
// with:
                bits += p[i] * Math.Log2(p[i] / q[i]);

// replace:
        return Math.Max(0, nats) / Math.Log(logBase);
// with:
        return Math.Max(0, bits) / Math.Log2(logBase);
