// Mistake: the Mean gradient left undivided by the number of logits
// Replaces: Level9_LossOptions/SigmoidFocalLoss.cs
// Exercise: SigmoidFocalLoss
// Message must contain: "divided by n"

// replace:
        return reduction == Reduction.Mean ? gradient / logits.Count : gradient;
// with:
        return gradient;
