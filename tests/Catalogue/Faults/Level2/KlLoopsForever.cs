// Fault: a loop whose index never moves: the tests never end
// Replaces: Level2_CrossEntropyAndKl/KlDivergence.cs
// Exercise: Information.KlDivergence
// Problem must contain: "timed out", "time limit"

// replace:
        for (var i = 0; i < p.Count; i++)
// with:
        for (var i = 0; i < p.Count; i *= 2)
