// Alternative: computing softmax through log-softmax: softmax(z) = exp(log-softmax(z))
// Replaces: Level4_Softmax/Softmax.cs
// Exercise: Activations.Softmax

// replace:
        var max = z.Maximum();
        var exponentials = z.Map(value => Math.Exp(value - max));
        return exponentials / exponentials.Sum();
// with:
        return LogSoftmax(z).PointwiseExp();
