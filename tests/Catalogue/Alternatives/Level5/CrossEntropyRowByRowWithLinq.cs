// Alternative: LINQ over the samples, −log-softmax(zᵢ)[yᵢ] one row at a time, with Average for the mean
// Replaces: Level5_NllAndCrossEntropy/CrossEntropy.cs
// Exercise: Losses.CrossEntropy

// replace:
        return NllLoss(Activations.LogSoftmax(logits), targets, reduction);
// with:
        var perSample = targets.Select((label, row) => -Activations.LogSoftmax(logits.Row(row))[label]).ToList();
        return reduction == Reduction.Mean ? perSample.Average() : perSample.Sum();
