// Mistake: the Guard.Distribution check left out, so a vector that does not sum to 1 gives a number instead of an error
// Replaces: Level1_Entropy/Entropy.cs
// Exercise: Information.Entropy
// Message must contain: "Guard.Distribution(p, nameof(p)) is not called"

// replace:
        Guard.Distribution(p, nameof(p));
// with:
        ArgumentNullException.ThrowIfNull(p);
