// Mistake: the factor 2 of d(u²)/du = 2u forgotten
// Replaces: Level6_Gradients/SquaredErrorWrtLogitThroughSigmoid.cs
// Exercise: Gradients.SquaredErrorWrtLogitThroughSigmoid
// Message must contain: "factor 2", "2(σ − y)"

// replace:
        return 2 * (probability - target) * probability * Activations.Sigmoid(-logit);
// with:
        return (probability - target) * probability * Activations.Sigmoid(-logit);
