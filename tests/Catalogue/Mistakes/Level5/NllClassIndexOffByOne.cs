// Mistake: the class index off by one: labels read as if they counted from 1, so column yᵢ − 1 is picked (and label 0 falls off the row)
// Replaces: Level5_NllAndCrossEntropy/NllLoss.cs
// Exercise: Losses.NllLoss
// Message must contain: "class index is off by one"

// replace:
            total -= logProbabilities[i, targets[i]];
// with:
            total -= logProbabilities[i, targets[i] - 1];
