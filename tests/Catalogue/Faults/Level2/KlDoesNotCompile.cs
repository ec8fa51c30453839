// Fault: a statement left half-written: the file does not compile
// Replaces: Level2_CrossEntropyAndKl/KlDivergence.cs
// Exercise: Information.KlDivergence
// Problem must contain: "does not compile", "KlDivergence.cs(", "error CS"

// replace:
        var nats = 0.0;
// with:
        var nats = 0.0
