// Mistake: the two terms swapped: y must weigh ln p and (1 − y) must weigh ln(1 − p)
// Replaces: Level3_BinaryCrossEntropy/BinaryCrossEntropy.cs
// Exercise: Losses.BinaryCrossEntropy
// Message must contain: "two terms are swapped"

// replace:
            total -= targets[i] * logP + (1 - targets[i]) * logOneMinusP;
// with:
            total -= targets[i] * logOneMinusP + (1 - targets[i]) * logP;
