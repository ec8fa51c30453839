// Mistake: the label smoothing argument ignored for probability targets
// Replaces: Level9_LossOptions/SoftTargetCrossEntropy.cs
// Exercise: Losses.SoftTargetCrossEntropy
// Message must contain: "ε/C"

// replace:
                var smoothed = (1 - labelSmoothing) * targets[i, c] + labelSmoothing / classes;
// with:
                var smoothed = targets[i, c];
