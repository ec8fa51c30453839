// Mistake: the ratio upside down, Σ pᵢ ln(qᵢ/pᵢ) = −KL: a sign error that makes the divergence negative
// Replaces: Level2_CrossEntropyAndKl/KlDivergence.cs
// Exercise: Information.KlDivergence
// Message must contain: "ratio is upside down"

// replace:
                nats += p[i] * (Math.Log(p[i]) - Math.Log(q[i]));
// with:
                nats += p[i] * Math.Log(q[i] / p[i]);

// replace:
        return Math.Max(0, nats) / Math.Log(logBase);
// with:
        return nats / Math.Log(logBase);
