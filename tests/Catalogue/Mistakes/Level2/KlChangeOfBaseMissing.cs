// Mistake: the change of base left out: KL in nats whatever logBase asks for
// Replaces: Level2_CrossEntropyAndKl/KlDivergence.cs
// Exercise: Information.KlDivergence
// Message must contain: "change of base is missing"

// replace:
        return Math.Max(0, nats) / Math.Log(logBase);
// with:
        return Math.Max(0, nats);
