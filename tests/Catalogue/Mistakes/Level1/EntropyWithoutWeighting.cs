// Mistake: the surprises −log pᵢ summed without weighting them by pᵢ
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy
// Message must contain: "without weighting"

// replace:
                nats -= probability * Math.Log(probability);
// with:
                nats -= Math.Log(probability);
