// Mistake: the shift by m = max zᵢ not undone: LSE(z) = m + ln Σ e^(zᵢ − m), the m was dropped
// Replaces: Level4_Softmax/LogSumExp.cs
// Exercise: Activations.LogSumExp
// Message must contain: "m + ln Σ"

// replace:
        if (double.IsInfinity(max))
// through:
        return max + Math.Log(z.Sum(value => Math.Exp(value - max)));
// with:
        return Math.Log(z.Sum(value => Math.Exp(value - max)));
