// Mistake: pos_weight multiplying the whole loss of a label, negatives included
// Replaces: Level9_LossOptions/BinaryCrossEntropyWithPosWeight.cs
// Exercise: Losses.BinaryCrossEntropyWithPosWeight
// Message must contain: "weighted too"

// replace:
                total += (1 - y) * z + (1 + (posWeight[c] - 1) * y) * softplusOfMinusZ;
// with:
                total += posWeight[c] * ((1 - y) * z + softplusOfMinusZ);
