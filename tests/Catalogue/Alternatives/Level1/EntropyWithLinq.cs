// Alternative: LINQ instead of a loop, skipping the zero probabilities with Where
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy

// replace:
        var nats = 0.0;
// through:
        return nats / Math.Log(logBase);
// with:
        return -p.Where(probability => probability > 0).Sum(probability => probability * Math.Log(probability, logBase));
