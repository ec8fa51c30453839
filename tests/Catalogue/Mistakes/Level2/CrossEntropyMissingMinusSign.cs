// Mistake: the minus sign of H(p, q) = −Σ pᵢ log qᵢ forgotten, giving a negative cross-entropy
// Replaces: Level2_CrossEntropyAndKl/CrossEntropy.cs
// Exercise: Information.CrossEntropy
// Message must contain: "minus sign", "is missing"

// replace:
                nats -= p[i] * Math.Log(q[i]);
// with:
                nats += p[i] * Math.Log(q[i]);
