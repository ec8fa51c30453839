// Mistake: p·(log p − log q) without the p = 0 case: 0·(−∞) is NaN
// Replaces: Level9_LossOptions/KlDivLoss.cs
// Exercise: Losses.KlDivLoss
// Message must contain: "zero target costs nothing"

// replace:
            return p == 0 ? 0 : p * (logP - input[i, c]);
// with:
            return p * (logP - input[i, c]);
