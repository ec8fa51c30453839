// Mistake: the smoothing added on top of the whole one-hot term instead of taking ε from it
// Replaces: Level9_LossOptions/LabelSmoothedCrossEntropy.cs
// Exercise: Losses.LabelSmoothedCrossEntropy
// Message must contain: "(1 − ε)"

// replace:
            total += (1 - labelSmoothing) * -targetWeight * logProbabilities[i, targets[i]] + labelSmoothing / classes * toUniform;
// with:
            total += -targetWeight * logProbabilities[i, targets[i]] + labelSmoothing / classes * toUniform;
