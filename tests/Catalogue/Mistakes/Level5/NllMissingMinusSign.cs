// Mistake: the minus sign of ℓᵢ = −log qᵢ,yᵢ forgotten: the loss is the negative log-likelihood
// Replaces: Level5_NllAndCrossEntropy/NllLoss.cs
// Exercise: Losses.NllLoss
// Message must contain: "minus sign", "negative log-likelihood"

// replace:
            total -= logProbabilities[i, targets[i]];
// with:
            total += logProbabilities[i, targets[i]];
