// Alternative: another summation order and compensated (Kahan) summation of the terms −pᵢ ln pᵢ
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy

// replace:
        var nats = 0.0;
// through:
        return nats / Math.Log(logBase);
// with:
        var sum = 0.0;
        var compensation = 0.0;
        foreach (var probability in p.OrderBy(value => value))
        {
            var term = probability == 0 ? 0 : -probability * Math.Log(probability) - compensation;
            var next = sum + term;
            compensation = next - sum - term;
            sum = next;
        }

        return sum / Math.Log(logBase);
