// Alternative: the shift written out: (zᵢ − m) − ln Σ e^(zⱼ − m), with m = max z, without calling LogSumExp
// Replaces: Level4_Softmax/LogSoftmax.cs
// Exercise: Activations.LogSoftmax

// replace:
        return z - LogSumExp(z);
// with:
        var max = z.Maximum();
        if (double.IsInfinity(max))
        {
            return z - max;
        }

        var shifted = z - max;
        return shifted - Math.Log(shifted.PointwiseExp().Sum());
