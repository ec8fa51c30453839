// Mistake: the wrong sign of the gradient: y − σ(z) is the direction of descent, not the gradient σ(z) − y
// Replaces: Level6_Gradients/BinaryCrossEntropyWrtLogit.cs
// Exercise: Gradients.BinaryCrossEntropyWrtLogit
// Message must contain: "sign is wrong", "σ(z) − y"

// replace:
        return Activations.Sigmoid(logit) - target;
// with:
        return target - Activations.Sigmoid(logit);
