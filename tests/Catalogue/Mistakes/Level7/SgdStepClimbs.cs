// Mistake: the wrong sign of the update: θ + η·∂L/∂θ climbs the loss instead of descending it
// Replaces: Level7_Network/Sgd.cs
// Exercise: Sgd
// Message must contain: "θ ← θ − η·∂L/∂θ"

// replace:
            parameters[i].Value.Subtract(steps[i], parameters[i].Value);
// with:
            parameters[i].Value.Add(steps[i], parameters[i].Value);
