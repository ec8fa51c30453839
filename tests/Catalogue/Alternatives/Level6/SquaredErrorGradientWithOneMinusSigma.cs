// Alternative: the slope written σ(1 − σ) directly rather than σ(z)σ(−z)
// Replaces: Level6_Gradients/SquaredErrorWrtLogitThroughSigmoid.cs
// Exercise: Gradients.SquaredErrorWrtLogitThroughSigmoid

// replace:
        return 2 * (probability - target) * probability * Activations.Sigmoid(-logit);
// with:
        return 2 * (probability - target) * probability * (1 - probability);
