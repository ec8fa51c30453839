// Alternative: the input remembered instead of the output, the mask taken as x > 0 and applied with PointwiseMultiply
// Replaces: Level7_Network/Relu.cs
// Exercise: Relu

// replace:
        output = input.Map(x => x > 0 ? x : 0);
        return output;
// with:
        output = input;
        return input.Map(x => x > 0 ? x : 0);

// replace:
        return outputGradient.Map2((gradient, value) => value > 0 ? gradient : 0, y);
// with:
        return outputGradient.PointwiseMultiply(y.Map(x => x > 0 ? 1.0 : 0.0));
