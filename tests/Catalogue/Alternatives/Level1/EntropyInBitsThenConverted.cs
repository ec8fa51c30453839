// Alternative: another change of log base, computing bits with Math.Log2 and converting with log_b x = log₂ x / log₂ b
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy

// replace:
        var nats = 0.0;
// through:
                nats -= probability * Math.Log(probability);
// with:
        var bits = 0.0;
        for (var i = p.Count - 1; i >= 0; i--)
        {
            if (p[i] != 0)
            {
                bits += p[i] * Math.Log2(1 / p[i]);

// replace:
        return nats / Math.Log(logBase);
// with:
        return bits / Math.Log2(logBase);
