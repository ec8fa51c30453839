// Mistake: an unstable log-sum-exp, ln Σ e^zᵢ without subtracting the maximum: e^1000 overflows to ∞
// Replaces: Level4_Softmax/LogSumExp.cs
// Exercise: Activations.LogSumExp
// Message must contain: "overflow"

// replace:
        var max = z.Maximum();
// through:
        return max + Math.Log(z.Sum(value => Math.Exp(value - max)));
// with:
        return Math.Log(z.Sum(Math.Exp));
