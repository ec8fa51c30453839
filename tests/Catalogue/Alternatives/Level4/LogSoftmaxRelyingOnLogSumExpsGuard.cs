// Alternative: the vector log-softmax without a guard of its own: LogSumExp(z) rejects null, empty and NaN with the same argument name and message
// Replaces: Level4_Softmax/LogSoftmax.cs
// Exercise: Activations.LogSoftmax

// replace:
        Guard.NotEmptyNoNaN(z, nameof(z));
// with:
