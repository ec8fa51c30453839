// Alternative: loops instead of MathNet's vector operations, and the matrix built row by row in place
// Replaces: Level4_Softmax/Softmax.cs
// Exercise: Activations.Softmax
namespace LossKata;

public static partial class Activations
{
    /// <summary>The softmax of a vector of logits.</summary>
    public static Vector<double> Softmax(Vector<double> z)
    {
        Guard.NotEmptyNoNaN(z, nameof(z));
        var max = double.NegativeInfinity;
        foreach (var value in z)
        {
            max = Math.Max(max, value);
        }

        var result = Vector<double>.Build.Dense(z.Count);
        var sum = 0.0;
        for (var i = 0; i < z.Count; i++)
        {
            result[i] = Math.Exp(z[i] - max);
            sum += result[i];
        }

        for (var i = 0; i < z.Count; i++)
        {
            result[i] /= sum;
        }

        return result;
    }

    /// <summary>The softmax of every row.</summary>
    public static Matrix<double> Softmax(Matrix<double> logits)
    {
        Guard.NotEmptyNoNaN(logits, nameof(logits));
        var result = Matrix<double>.Build.Dense(logits.RowCount, logits.ColumnCount);
        for (var row = 0; row < logits.RowCount; row++)
        {
            result.SetRow(row, Softmax(logits.Row(row)));
        }

        return result;
    }
}
