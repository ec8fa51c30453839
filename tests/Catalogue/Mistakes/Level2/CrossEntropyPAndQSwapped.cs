// Mistake: p and q swapped, −Σ qᵢ log pᵢ: the predicted q must be inside the log, the true p outside
// Replaces: Level2_CrossEntropyAndKl/CrossEntropy.cs
// Exercise: Information.CrossEntropy
// Message must contain: "p and q are swapped", "inside the log"

// replace:
            if (p[i] > 0)
            {
                nats -= p[i] * Math.Log(q[i]);
// with:
            if (q[i] > 0)
            {
                nats -= q[i] * Math.Log(p[i]);
