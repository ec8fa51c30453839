// Alternative: two nested loops over rows and columns instead of matrix operations
// Replaces: Level5_NllAndCrossEntropy/MseLoss.cs
// Exercise: Losses.MseLoss

// replace:
        Guard.SameShape(predictions, nameof(predictions), targets, nameof(targets));

        var total = (predictions - targets).PointwisePower(2).Enumerate().Sum();
        return reduction == Reduction.Mean ? total / (predictions.RowCount * predictions.ColumnCount) : total;
// with:
        Guard.SameShape(predictions, nameof(predictions), targets, nameof(targets));
        var total = 0.0;
        for (var row = 0; row < predictions.RowCount; row++)
        {
            for (var column = 0; column < predictions.ColumnCount; column++)
            {
                var difference = predictions[row, column] - targets[row, column];
                total += difference * difference;
            }
        }

        return reduction == Reduction.Sum ? total : total / predictions.RowCount / predictions.ColumnCount;
