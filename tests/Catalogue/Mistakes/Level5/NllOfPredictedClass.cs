// Mistake: the log-probability of the predicted class (the row's maximum) read instead of that of the label yᵢ
// Replaces: Level5_NllAndCrossEntropy/NllLoss.cs
// Exercise: Losses.NllLoss
// Message must contain: "predicted class", "at the label"

// replace:
            total -= logProbabilities[i, targets[i]];
// with:
            total -= logProbabilities.Row(i).Maximum();
