// Mistake: dropping σ(1−σ): 2(σ − y) is the derivative with respect to σ, the chain rule through the sigmoid is missing
// Replaces: Level6_Gradients/SquaredErrorWrtLogitThroughSigmoid.cs
// Exercise: Gradients.SquaredErrorWrtLogitThroughSigmoid
// Message must contain: "σ(1 − σ)"

// replace:
        var probability = Activations.Sigmoid(logit);
        return 2 * (probability - target) * probability * Activations.Sigmoid(-logit);
// with:
        return 2 * (Activations.Sigmoid(logit) - target);
