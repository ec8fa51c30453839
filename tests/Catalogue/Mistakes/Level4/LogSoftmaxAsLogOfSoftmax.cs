// Mistake: log(softmax) instead of the stable log-softmax: softmax underflows to 0 and ln 0 = −∞ where z − LSE(z) is finite
// Replaces: Level4_Softmax/LogSoftmax.cs
// Exercise: Activations.LogSoftmax
// Message must contain: "−∞"

// replace:
        return z - LogSumExp(z);
// with:
        return Softmax(z).PointwiseLog();
