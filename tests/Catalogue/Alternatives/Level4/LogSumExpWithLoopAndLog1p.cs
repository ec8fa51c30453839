// Alternative: a loop instead of LINQ, leaving the largest term out of the sum: m + ln(1 + Σ_{i≠argmax} e^(zᵢ − m))
// Replaces: Level4_Softmax/LogSumExp.cs
// Exercise: Activations.LogSumExp

// replace:
        var max = z.Maximum();
// with:
        var argmax = z.MaximumIndex();
        var max = z[argmax];

// replace:
        }

        return max + Math.Log(z.Sum(value => Math.Exp(value - max)));
// with:
        }

        var rest = 0.0;
        for (var i = 0; i < z.Count; i++)
        {
            if (i != argmax)
            {
                rest += Math.Exp(z[i] - max);
            }
        }

        return max + double.LogP1(rest);
