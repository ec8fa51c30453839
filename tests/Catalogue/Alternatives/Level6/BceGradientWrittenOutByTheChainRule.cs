// Alternative: the chain rule written out, dℓ/dσ · dσ/dz with dℓ/dσ = (σ − y)/(σ(1 − σ)), simplified by hand to (1 − y)σ − y(1 − σ)
// Replaces: Level6_Gradients/BinaryCrossEntropyWrtLogit.cs
// Exercise: Gradients.BinaryCrossEntropyWrtLogit

// replace:
        return Activations.Sigmoid(logit) - target;
// with:
        var probability = Activations.Sigmoid(logit);
        return (1 - target) * probability - target * (1 - probability);
