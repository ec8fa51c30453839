// Mistake: a term with pᵢ = 0 computed as 0·ln(0/qᵢ) = NaN instead of being skipped
// Replaces: Level2_CrossEntropyAndKl/KlDivergence.cs
// Exercise: Information.KlDivergence
// Message must contain: "NaN means 0·ln(0/0)"

// replace:
            if (p[i] > 0)
            {
                nats += p[i] * (Math.Log(p[i]) - Math.Log(q[i]));
            }
// with:
            nats += p[i] * (Math.Log(p[i]) - Math.Log(q[i]));
