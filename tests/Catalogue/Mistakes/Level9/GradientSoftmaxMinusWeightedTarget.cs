// Mistake: the row as softmax − a, level 6's form, though the weighted target a does not sum to 1
// Replaces: Level9_LossOptions/LabelSmoothedCrossEntropyWrtLogits.cs
// Exercise: Gradients.LabelSmoothedCrossEntropyWrtLogits
// Message must contain: "not softmax minus target"

// replace:
            gradient.SetRow(i, target.Sum() * softmax.Row(i) - target);
// with:
            gradient.SetRow(i, softmax.Row(i) - target);
