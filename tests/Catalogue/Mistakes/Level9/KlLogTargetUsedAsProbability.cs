// Mistake: with log_target, the target's log-probabilities used as the probability weights
// Replaces: Level9_LossOptions/KlDivLoss.cs
// Exercise: Losses.KlDivLoss
// Message must contain: "log_target"

// replace:
            var p = logTarget ? Math.Exp(logP) : target[i, c];
// with:
            var p = target[i, c];
