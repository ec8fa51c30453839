// Mistake: the weights drawn column by column: the right distribution, but not the values the tests reproduce from the seed
// Replaces: Level7_Network/Init.cs
// Exercise: Init
// Message must contain: "column by column"

// replace:
        for (var row = 0; row < weight.RowCount; row++)
        {
            for (var column = 0; column < weight.ColumnCount; column++)
// with:
        for (var column = 0; column < weight.ColumnCount; column++)
        {
            for (var row = 0; row < weight.RowCount; row++)
