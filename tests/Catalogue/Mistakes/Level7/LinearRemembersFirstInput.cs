// Mistake: the input remembered only by the first Forward (??=), so Backward differentiates at a stale input
// Replaces: Level7_Network/Linear.cs
// Exercise: Linear
// Message must contain: "latest Forward"

// replace:
        this.input = input;
// with:
        this.input ??= input;
