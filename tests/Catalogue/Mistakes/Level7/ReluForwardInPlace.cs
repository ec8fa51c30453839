// Mistake: Forward clamps its input in place (MapInplace) and returns it, destroying the caller's pre-activations
// Replaces: Level7_Network/Relu.cs
// Exercise: Relu
// Message must contain: "unchanged"

// replace:
        output = input.Map(x => x > 0 ? x : 0);
        return output;
// with:
        input.MapInplace(x => x > 0 ? x : 0);
        output = input;
        return input;
