// Mistake: the class weights left out of the soft-target sum
// Replaces: Level9_LossOptions/SoftTargetCrossEntropy.cs
// Exercise: Losses.SoftTargetCrossEntropy
// Message must contain: "w[c]"

// replace:
                total -= (weight?[c] ?? 1) * smoothed * logProbabilities[i, c];
// with:
                total -= smoothed * logProbabilities[i, c];
