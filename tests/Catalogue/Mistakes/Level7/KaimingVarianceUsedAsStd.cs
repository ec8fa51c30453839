// Mistake: the variance 2/fan_in passed where the normal distribution takes the standard deviation √(2/fan_in)
// Replaces: Level7_Network/Init.cs
// Exercise: Init
// Message must contain: "standard deviation"

// replace:
        Fill(weight, random, Math.Sqrt(2.0 / weight.ColumnCount));
// with:
        Fill(weight, random, 2.0 / weight.ColumnCount);
