// Mistake: the wrong sign of the gradient: onehot − softmax points downhill
// Replaces: Level6_Gradients/CrossEntropyWrtLogits.cs
// Exercise: Gradients.CrossEntropyWrtLogits
// Message must contain: "sign is wrong", "softmax(z) − onehot(y)"

// replace:
        var gradient = Activations.Softmax(logits);
        for (var row = 0; row < gradient.RowCount; row++)
        {
            gradient[row, targets[row]] -= 1;
// with:
        var gradient = -Activations.Softmax(logits);
        for (var row = 0; row < gradient.RowCount; row++)
        {
            gradient[row, targets[row]] += 1;
