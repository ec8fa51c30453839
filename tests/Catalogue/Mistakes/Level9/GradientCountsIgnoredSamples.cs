// Mistake: an ignored sample's row left at 0 but its weight 1 kept in the Mean's denominator
// Replaces: Level9_LossOptions/LabelSmoothedCrossEntropyWrtLogits.cs
// Exercise: Gradients.LabelSmoothedCrossEntropyWrtLogits
// Message must contain: "samples kept"

// replace:
            if (targets[i] == ignoreIndex)
            {
                continue;
            }
// with:
            if (targets[i] == ignoreIndex)
            {
                totalWeight += 1;
                continue;
            }
