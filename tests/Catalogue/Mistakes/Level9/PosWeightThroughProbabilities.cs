// Mistake: the textbook formula on σ(z): log σ(z) after σ(z) has rounded to 0 or 1
// Replaces: Level9_LossOptions/BinaryCrossEntropyWithPosWeight.cs
// Exercise: Losses.BinaryCrossEntropyWithPosWeight
// Message must contain: "softplus"

// replace:
                var softplusOfMinusZ = Math.Max(-z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));
// through:
                total += (1 - y) * z + (1 + (posWeight[c] - 1) * y) * softplusOfMinusZ;
// with:
                var p = 1 / (1 + Math.Exp(-z));
                total -= posWeight[c] * y * Math.Log(p) + (1 - y) * Math.Log(1 - p);
