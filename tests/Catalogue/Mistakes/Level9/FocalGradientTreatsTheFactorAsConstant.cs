// Mistake: the gradient α_t·(p − y)·(1 − p_t)^γ: the factor's own derivative left out
// Replaces: Level9_LossOptions/SigmoidFocalLoss.cs
// Exercise: SigmoidFocalLoss
// Message must contain: "autograd"

// replace:
            var focusing = terms.Miss > 0 ? gamma * terms.CrossEntropy * Math.Pow(terms.Miss, gamma - 1) * p * notP * (1 - 2 * y) : 0;
// with:
            var focusing = 0.0;
