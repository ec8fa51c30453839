// Mistake: the mask kept from the first Forward (??=), so Backward blocks the gradient where an old input was negative
// Replaces: Level7_Network/Relu.cs
// Exercise: Relu
// Message must contain: "latest Forward"

// replace:
        output = input.Map(x => x > 0 ? x : 0);
        return output;
// with:
        var rectified = input.Map(x => x > 0 ? x : 0);
        output ??= rectified;
        return rectified;
