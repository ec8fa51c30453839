// Mistake: Sum where Mean is asked: the default reduction must divide by the number of elements
// Replaces: Level5_NllAndCrossEntropy/MseLoss.cs
// Exercise: Losses.MseLoss
// Message must contain: "Sum was used where Mean"

// replace:
        var total = (predictions - targets).PointwisePower(2).Enumerate().Sum();
        return reduction == Reduction.Mean ? total / (predictions.RowCount * predictions.ColumnCount) : total;
// with:
        return (predictions - targets).PointwisePower(2).Enumerate().Sum();
