// Mistake: 'batchmean' divided by every element N·C, like 'mean'
// Replaces: Level9_LossOptions/KlDivLoss.cs
// Exercise: Losses.KlDivLoss
// Message must contain: "that is 'mean'"

// replace:
            KlDivReduction.BatchMean => total / input.RowCount,
// with:
            KlDivReduction.BatchMean => total / (input.RowCount * input.ColumnCount),
