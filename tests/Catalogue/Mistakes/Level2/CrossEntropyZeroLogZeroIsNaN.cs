// Mistake: a term with pᵢ = 0 computed as 0·ln 0 = 0·(−∞) = NaN instead of being skipped
// Replaces: Level2_CrossEntropyAndKl/CrossEntropy.cs
// Exercise: Information.CrossEntropy
// Message must contain: "NaN means 0·ln 0"

// replace:
            if (p[i] > 0)
            {
                nats -= p[i] * Math.Log(q[i]);
            }
// with:
            nats -= p[i] * Math.Log(q[i]);
