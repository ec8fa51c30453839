// Alternative: Backward over layers.Reverse() with foreach, and the forward pass as an Aggregate
// Replaces: Level7_Network/Mlp.cs
// Exercise: Mlp

// replace:
        var activation = input;
// through:
        return activation;
// with:
        return layers.SkipLast(1).Aggregate(input, (activation, layer) => Buffers.Forward(layer, activation));

// replace:
        for (var i = layers.Length - 1; i > 0; i--)
        {
            gradient = Buffers.Backward(layers[i], gradient);
// with:
        foreach (var layer in layers.Skip(1).Reverse())
        {
            gradient = Buffers.Backward(layer, gradient);
