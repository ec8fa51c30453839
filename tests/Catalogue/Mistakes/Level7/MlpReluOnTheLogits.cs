// Mistake: a ReLU after the last linear layer too, clipping the negative logits to 0 (only when asked for, as the tutorial's code does)
// Replaces: Level7_Network/Mlp.cs
// Exercise: Mlp
// Message must contain: "logits"

// replace:
            if (i + 2 < sizes.Count || finalRelu)
// with:
            if (i + 2 <= sizes.Count || finalRelu)
