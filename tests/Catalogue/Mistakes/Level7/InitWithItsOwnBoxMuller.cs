// Mistake: normal samples drawn by a Box–Muller transform of its own instead of MathNet's Normal.Sample: the right distribution, but not the values the stub promises for a seed
// Replaces: Level7_Network/Init.cs
// Exercise: Init
// Message must contain: "Normal.Sample"

// replace:
using MathNet.Numerics.Distributions;
// with:

// replace:
                weight[row, column] = Normal.Sample(random, 0, std);
            }
        }
// with:
                weight[row, column] = std * StandardNormalSample(random);
            }
        }
    }

    private static double StandardNormalSample(Random random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
