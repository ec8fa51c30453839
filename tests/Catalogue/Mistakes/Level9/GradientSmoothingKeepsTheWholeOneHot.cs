// Mistake: the target's share left at w[y] instead of (1 − ε)·w[y] when smoothing
// Replaces: Level9_LossOptions/LabelSmoothedCrossEntropyWrtLogits.cs
// Exercise: Gradients.LabelSmoothedCrossEntropyWrtLogits
// Message must contain: "instead of (1 − ε)·w[y]"

// replace:
            target[targets[i]] += (1 - labelSmoothing) * (weight?[targets[i]] ?? 1);
// with:
            target[targets[i]] += weight?[targets[i]] ?? 1;
