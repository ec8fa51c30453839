// Mistake: log base 2 where e is asked: Math.Log2 in each term, so without a base argument the result is in bits, not nats
// Replaces: Level2_CrossEntropyAndKl/CrossEntropy.cs
// Exercise: Information.CrossEntropy
// Message must contain: "log₂ was used"

// replace:
                nats -= p[i] * Math.Log(q[i]);
// with:
                nats -= p[i] * Math.Log2(q[i]);
