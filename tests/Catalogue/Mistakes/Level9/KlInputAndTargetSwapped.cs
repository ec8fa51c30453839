// Mistake: KL(q ‖ p) instead of KL(p ‖ q): the input taken for the data, the target for the model
// Replaces: Level9_LossOptions/KlDivLoss.cs
// Exercise: Losses.KlDivLoss
// Message must contain: "roles of input and target were swapped"

// replace:
            return p == 0 ? 0 : p * (logP - input[i, c]);
// with:
            return Math.Exp(input[i, c]) * (input[i, c] - logP);
