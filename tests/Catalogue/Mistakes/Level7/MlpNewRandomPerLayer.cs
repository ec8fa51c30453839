// Mistake: each Linear initialised from a new Random seeded from the one given, instead of drawing from that one source
// Replaces: Level7_Network/Mlp.cs
// Exercise: Mlp
// Message must contain: "one random source"

// replace:
            initialise(linear.Weight.Value, random);
// with:
            initialise(linear.Weight.Value, new Random(random.Next()));
