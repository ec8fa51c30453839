// Mistake: log base 2 where e is asked: Math.Log2 in each term, so without a base argument the result is in bits, not nats
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy
// Message must contain: "Math.Log2 is used whatever the base"

// replace:
                nats -= probability * Math.Log(probability);
// with:
                nats -= probability * Math.Log2(probability);
