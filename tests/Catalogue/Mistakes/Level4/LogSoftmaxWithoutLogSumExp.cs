// Mistake: only the maximum subtracted, z − max z: the log-probabilities of a log-softmax must be z − LSE(z)
// Replaces: Level4_Softmax/LogSoftmax.cs
// Exercise: Activations.LogSoftmax
// Message must contain: "LSE"

// replace:
        return z - LogSumExp(z);
// with:
        return z - z.Maximum();
