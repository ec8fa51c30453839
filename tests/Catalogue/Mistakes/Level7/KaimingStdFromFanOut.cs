// Mistake: Kaiming's std computed from fan_out (the rows of the out×in weight) instead of fan_in (the columns)
// Replaces: Level7_Network/Init.cs
// Exercise: Init
// Message must contain: "fan_in"

// replace:
        Fill(weight, random, Math.Sqrt(2.0 / weight.ColumnCount));
// with:
        Fill(weight, random, Math.Sqrt(2.0 / weight.RowCount));
