// Mistake: ε spread over the C − 1 other classes (another convention) instead of over all C
// Replaces: Level9_LossOptions/LabelSmoothedCrossEntropy.cs
// Exercise: Losses.LabelSmoothedCrossEntropy
// Message must contain: "ε/C"

// replace:
            total += (1 - labelSmoothing) * -targetWeight * logProbabilities[i, targets[i]] + labelSmoothing / classes * toUniform;
// with:
            total += (1 - labelSmoothing) * -targetWeight * logProbabilities[i, targets[i]] + labelSmoothing / (classes - 1) * (toUniform + targetWeight * logProbabilities[i, targets[i]]);
