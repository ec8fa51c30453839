// Alternative: ℓᵢ = LSE(zᵢ) − zᵢ,yᵢ computed row by row in a loop, without building the log-softmax matrix or calling NllLoss
// Replaces: Level5_NllAndCrossEntropy/CrossEntropy.cs
// Exercise: Losses.CrossEntropy

// replace:
        return NllLoss(Activations.LogSoftmax(logits), targets, reduction);
// with:
        var total = 0.0;
        for (var i = 0; i < logits.RowCount; i++)
        {
            total += Activations.LogSumExp(logits.Row(i)) - logits[i, targets[i]];
        }

        return reduction == Reduction.Mean ? total / logits.RowCount : total;
