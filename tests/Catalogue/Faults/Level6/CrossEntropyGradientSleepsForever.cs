// Fault: waits for a debugger that never comes
// Replaces: Level6_Gradients/CrossEntropyWrtLogits.cs
// Exercise: Gradients.CrossEntropyWrtLogits
// Problem must contain: "System.Threading.Thread", "may not use"

// replace:
        Guard.NotEmptyNoNaN(logits, nameof(logits));
// with:
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        Thread.Sleep(Timeout.Infinite);
