// Mistake: 0·log 0 computed as 0·(−∞) = NaN instead of counting as 0
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy
// Message must contain: "0·log 0", "NaN"

// replace:
            if (probability > 0)
            {
                nats -= probability * Math.Log(probability);
            }
// with:
            nats -= probability * Math.Log(probability);
