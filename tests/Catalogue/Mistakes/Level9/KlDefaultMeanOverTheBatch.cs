// Mistake: PyTorch's default 'mean' taken to be the mathematical KL, divided by N
// Replaces: Level9_LossOptions/KlDivLoss.cs
// Exercise: Losses.KlDivLoss
// Message must contain: "PyTorch's default"

// replace:
            KlDivReduction.Mean => total / (input.RowCount * input.ColumnCount),
// with:
            KlDivReduction.Mean => total / input.RowCount,
