// Mistake: change of base inverted, multiplying nats by ln b instead of dividing (log_b x = ln x / ln b)
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy
// Message must contain: "change of base is inverted"

// replace:
        return nats / Math.Log(logBase);
// with:
        return nats * Math.Log(logBase);
