// Alternative: the weighted terms written with a stable log σ, as −[p·y·log σ(z) + (1 − y)·log σ(−z)]
// Replaces: Level9_LossOptions/BinaryCrossEntropyWithPosWeight.cs
// Exercise: Losses.BinaryCrossEntropyWithPosWeight

// replace:
                var softplusOfMinusZ = Math.Max(-z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));
// through:
                total += (1 - y) * z + (1 + (posWeight[c] - 1) * y) * softplusOfMinusZ;
// with:
                total -= posWeight[c] * y * LogSigmoid(z) + (1 - y) * LogSigmoid(-z);

// replace:
        return reduction == Reduction.Mean ? total / (logits.RowCount * logits.ColumnCount) : total;
    }
// with:
        return reduction == Reduction.Mean ? total / (logits.RowCount * logits.ColumnCount) : total;
    }

    private static double LogSigmoid(double z) => Math.Min(z, 0) - Math.Log(1 + Math.Exp(-Math.Abs(z)));
