// Mistake: the minus sign of H = −Σ p log p forgotten, so entropy comes out negative
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy
// Message must contain: "minus sign", "is missing"

// replace:
                nats -= probability * Math.Log(probability);
// with:
                nats += probability * Math.Log(probability);
