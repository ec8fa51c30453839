// Mistake: the minus sign of ℓ = −[y ln p + (1 − y) ln(1 − p)] forgotten, giving negative losses
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs
// Exercise: Losses.BinaryCrossEntropy
// Message must contain: "minus sign", "sign error"

// replace:
            total -= targets[i] * logP + (1 - targets[i]) * logOneMinusP;
// with:
            total += targets[i] * logP + (1 - targets[i]) * logOneMinusP;
