// Alternative: the row written out as (1 − ε)·w[y]·(s − onehot) + (ε/C)·Σ_c w[c]·(s − onehot(c))
// Replaces: Level9_LossOptions/LabelSmoothedCrossEntropyWrtLogits.cs
// Exercise: Gradients.LabelSmoothedCrossEntropyWrtLogits

// replace:
            var target = Vector<double>.Build.Dense(classes, c => labelSmoothing / classes * (weight?[c] ?? 1));
// through:
            gradient.SetRow(i, target.Sum() * softmax.Row(i) - target);
// with:
            var s = softmax.Row(i);
            var row = (1 - labelSmoothing) * (weight?[targets[i]] ?? 1) * s;
            row[targets[i]] -= (1 - labelSmoothing) * (weight?[targets[i]] ?? 1);
            for (var c = 0; c < classes; c++)
            {
                var share = labelSmoothing / classes * (weight?[c] ?? 1);
                row += share * s;
                row[c] -= share;
            }

            gradient.SetRow(i, row);
