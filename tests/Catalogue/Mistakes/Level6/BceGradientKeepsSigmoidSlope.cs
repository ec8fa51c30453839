// Mistake: the sigmoid's slope σ(1 − σ) multiplied in again, although the logs of the loss cancel it
// Replaces: Level6_Gradients/BinaryCrossEntropyWrtLogit.cs
// Exercise: Gradients.BinaryCrossEntropyWrtLogit
// Message must contain: "σ(z) − y"

// replace:
        return Activations.Sigmoid(logit) - target;
// with:
        var probability = Activations.Sigmoid(logit);
        return (probability - target) * probability * (1 - probability);
