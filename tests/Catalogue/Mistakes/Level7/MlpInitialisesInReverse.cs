// Mistake: the initialiser called after all layers are built, last layer first: the draws go to the wrong layers
// Replaces: Level7_Network/Mlp.cs
// Exercise: Mlp
// Message must contain: "layer order"

// replace:
            initialise(linear.Weight.Value, random);
// with:

// replace:
            }
// with:
            }
        }

        foreach (var linear in built.OfType<Linear>().Reverse())
        {
            initialise(linear.Weight.Value, random);
