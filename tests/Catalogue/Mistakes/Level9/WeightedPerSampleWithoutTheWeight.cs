// Mistake: 'none' returns the unweighted losses, the weight applied only in the mean's denominator
// Replaces: Level9_LossOptions/WeightedCrossEntropy.cs
// Exercise: Losses.WeightedCrossEntropy
// Message must contain: "w[yᵢ]"

// replace:
            targets[i] == ignoreIndex ? 0 : -(weight?[targets[i]] ?? 1) * logProbabilities[i, targets[i]]);
// with:
            targets[i] == ignoreIndex ? 0 : -logProbabilities[i, targets[i]]);
