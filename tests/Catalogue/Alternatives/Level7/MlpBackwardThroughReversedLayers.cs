// Alternative: Backward over the layers reversed (Enumerable.Reverse) with foreach, and the forward pass as an Aggregate
// Replaces: Level7_Network/Mlp.cs
// Exercise: Mlp

// replace:
        var activation = input;
// through:
        return activation;
// with:
        return layers.Aggregate(input, (activation, layer) => layer.Forward(activation));

// replace:
        for (var i = layers.Length - 1; i >= 0; i--)
        {
            gradient = layers[i].Backward(gradient);
// with:
        foreach (var layer in Enumerable.Reverse(layers))
        {
            gradient = layer.Backward(gradient);
