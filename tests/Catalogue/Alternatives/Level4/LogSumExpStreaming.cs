// Alternative: another stable form: a running log-add-exp over the elements, ln(e^a + e^b) = max(a, b) + ln(1 + e^−|a−b|), with double.LogP1
// Replaces: Level4_Softmax/LogSumExp.cs
// Exercise: Activations.LogSumExp

// replace:
        Guard.NotEmptyNoNaN(z, nameof(z));
// through:
        return max + Math.Log(z.Sum(value => Math.Exp(value - max)));
// with:
        Guard.NotEmptyNoNaN(z, nameof(z));
        var total = double.NegativeInfinity;
        foreach (var value in z)
        {
            total = LogAddExp(total, value);
        }

        return total;
    }

    private static double LogAddExp(double a, double b)
    {
        if (a == b)
        {
            return a + Math.Log(2);
        }

        return Math.Max(a, b) + double.LogP1(Math.Exp(-Math.Abs(a - b)));
