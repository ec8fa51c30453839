// Mistake: the modulating factor p_t^γ instead of (1 − p_t)^γ: hard examples count little, easy ones a lot
// Replaces: Level9_LossOptions/SigmoidFocalLoss.cs
// Exercise: SigmoidFocalLoss
// Message must contain: "the factor is (1 − p_t)^γ"

// replace:
            total += terms.AlphaT * terms.CrossEntropy * Math.Pow(terms.Miss, gamma);
// with:
            total += terms.AlphaT * terms.CrossEntropy * Math.Pow(1 - terms.Miss, gamma);
