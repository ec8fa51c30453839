// Mistake: the entropy term left out: −Σ pᵢ ln qᵢ is the cross-entropy H(p, q), not KL = H(p, q) − H(p)
// Replaces: Level2_CrossEntropyAndKl/KlDivergence.cs
// Exercise: Information.KlDivergence
// Message must contain: "entropy term is left out"

// replace:
                nats += p[i] * (Math.Log(p[i]) - Math.Log(q[i]));
// with:
                nats -= p[i] * Math.Log(q[i]);

// replace:
        return Math.Max(0, nats) / Math.Log(logBase);
// with:
        return nats / Math.Log(logBase);
