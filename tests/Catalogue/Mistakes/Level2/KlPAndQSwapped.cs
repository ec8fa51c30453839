// Mistake: KL with p and q swapped: Σ qᵢ ln(qᵢ/pᵢ) is KL(q ‖ p), a different number, as KL is not symmetric
// Replaces: Level2_CrossEntropyAndKl/KlDivergence.cs
// Exercise: Information.KlDivergence
// Message must contain: "p and q are swapped"

// replace:
            if (p[i] > 0)
            {
                nats += p[i] * (Math.Log(p[i]) - Math.Log(q[i]));
// with:
            if (q[i] > 0)
            {
                nats += q[i] * (Math.Log(q[i]) - Math.Log(p[i]));
