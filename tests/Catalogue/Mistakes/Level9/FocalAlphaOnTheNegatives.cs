// Mistake: α given to the negatives and 1 − α to the positives
// Replaces: Level9_LossOptions/SigmoidFocalLoss.cs
// Exercise: SigmoidFocalLoss
// Message must contain: "α weighs the positives"

// replace:
        AlphaT = alpha == -1 ? 1 : alpha * target + (1 - alpha) * (1 - target);
// with:
        AlphaT = alpha == -1 ? 1 : alpha * (1 - target) + (1 - alpha) * target;
