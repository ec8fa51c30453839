// Mistake: the mask kept from the first Forward (??=), so Backward blocks the gradient where an old input was negative
// Replaces: Level7_Network/Relu.cs
// Exercise: Relu
// Message must contain: "latest Forward"

// replace:
        output = result;
// with:
        output ??= result;
