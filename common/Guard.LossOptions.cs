namespace LossKata;

// Checks for the options of PyTorch's losses (level 9): class weights, labels that may be ignored, rows of soft
// targets, log-probabilities.
public static partial class Guard
{
    /// <summary>One weight per class, each finite and not negative (a weight of 0 drops the class).</summary>
    public static void ClassWeights(Vector<double>? weights, string name, int classes)
    {
        NotEmptyNoNaN(weights, name);
        if (weights!.Count != classes)
        {
            throw new ArgumentException($"{name} has {weights.Count} elements but there are {classes} classes; there must be one weight per class.", name);
        }

        for (var i = 0; i < weights.Count; i++)
        {
            if (!(weights[i] >= 0) || double.IsInfinity(weights[i]))
            {
                throw new ArgumentException($"{name}[{i}] = {Format(weights[i])} is not a weight; weights are finite and not negative.", name);
            }
        }
    }

    /// <summary>One label per row, each a class in [0, classes) or the <paramref name="ignoreIndex"/> that marks a
    /// sample to leave out.</summary>
    public static void LabelsOrIgnored(IReadOnlyList<int>? labels, string name, int rows, int classes, int ignoreIndex)
    {
        ArgumentNullException.ThrowIfNull(labels, name);
        if (labels.Count != rows)
        {
            throw new ArgumentException($"{name} has {labels.Count} labels but the batch has {rows} rows; there must be one label per row.", name);
        }

        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] != ignoreIndex && (labels[i] < 0 || labels[i] >= classes))
            {
                throw new ArgumentException($"{name}[{i}] = {labels[i]} is neither a class label in [0, {classes}) nor the ignore index {ignoreIndex}.", name);
            }
        }
    }

    /// <summary>Every element in [0, 1]: soft binary targets, one per logit.</summary>
    public static void Probabilities(Matrix<double>? matrix, string name)
    {
        NotEmptyNoNaN(matrix, name);
        for (var row = 0; row < matrix!.RowCount; row++)
        {
            for (var column = 0; column < matrix.ColumnCount; column++)
            {
                if (matrix[row, column] is < 0 or > 1)
                {
                    throw new ArgumentException($"{name}[{row}, {column}] = {Format(matrix[row, column])} is not a probability; probabilities lie in [0, 1].", name);
                }
            }
        }
    }

    /// <summary>Every row a probability distribution (soft targets): elements in [0, 1] summing to 1 within
    /// <see cref="DistributionSumTolerance"/>.</summary>
    public static void RowDistributions(Matrix<double>? matrix, string name)
    {
        Probabilities(matrix, name);
        for (var row = 0; row < matrix!.RowCount; row++)
        {
            var sum = matrix.Row(row).Sum();
            if (Math.Abs(sum - 1) > DistributionSumTolerance)
            {
                throw new ArgumentException($"{name} row {row} sums to {Format(sum)}, not 1 (tolerance {DistributionSumTolerance:G}); each row must be a distribution over the classes.", name);
            }
        }
    }

    /// <summary>Log-probabilities: no NaN and nothing above 0 (−∞, the log of 0, is allowed). A positive value is
    /// usually a probability passed where its logarithm was due.</summary>
    public static void LogProbabilities(Matrix<double>? matrix, string name)
    {
        NotEmptyNoNaN(matrix, name);
        for (var row = 0; row < matrix!.RowCount; row++)
        {
            for (var column = 0; column < matrix.ColumnCount; column++)
            {
                if (matrix[row, column] > 0)
                {
                    throw new ArgumentException($"{name}[{row}, {column}] = {Format(matrix[row, column])} is positive, so not a log-probability; pass log-probabilities (log_softmax's output), not probabilities.", name);
                }
            }
        }
    }

    /// <summary>An exponent or rate that may be 0: a finite number, not negative.</summary>
    public static void NonNegativeFinite(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} = {Format(value)} must be finite and not negative.");
        }
    }
}
