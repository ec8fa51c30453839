// Mistake: the smoothing term weighted by the target's weight w[y] instead of each class's own weight
// Replaces: Level9_LossOptions/LabelSmoothedCrossEntropy.cs
// Exercise: Losses.LabelSmoothedCrossEntropy
// Message must contain: "target's weight"

// replace:
                toUniform -= (weight?[c] ?? 1) * logProbabilities[i, c];
// with:
                toUniform -= targetWeight * logProbabilities[i, c];
