using System.Numerics;
using System.Runtime.Intrinsics;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace LossKata.LinearAlgebra;

/// <summary>
/// A MathNet linear-algebra provider that does the real-valued matrix products (<c>A * B</c>,
/// <c>TransposeAndMultiply</c>, <c>TransposeThisAndMultiply</c>, <c>Multiply(other, result)</c>) with a packed,
/// cache-blocked SIMD kernel on all cores, and the pointwise sums, differences, products and scalings with SIMD
/// loops. Results agree with MathNet's managed provider up to summation order.
/// </summary>
internal sealed partial class SimdLinearAlgebraProvider(SimdWidth width) : ILinearAlgebraProvider
{
    public SimdWidth Width { get; } = width;

    public bool IsAvailable() => true;

    public void InitializeVerify()
    {
    }

    public void FreeResources()
    {
    }

    public override string ToString() => $"LossKata SIMD ({Width}, {Environment.ProcessorCount} cores)";

    public void MatrixMultiply(double[] x, int rowsX, int columnsX, double[] y, int rowsY, int columnsY, double[] result) =>
        MultiplyWithUpdate(Transpose.DontTranspose, Transpose.DontTranspose, 1.0, x, rowsX, columnsX, y, rowsY, columnsY, 0.0, result);

    public void MatrixMultiply(float[] x, int rowsX, int columnsX, float[] y, int rowsY, int columnsY, float[] result) =>
        MultiplyWithUpdate(Transpose.DontTranspose, Transpose.DontTranspose, 1f, x, rowsX, columnsX, y, rowsY, columnsY, 0f, result);

    public void MatrixMultiplyWithUpdate(
        Transpose transposeA, Transpose transposeB, double alpha, double[] a, int rowsA, int columnsA,
        double[] b, int rowsB, int columnsB, double beta, double[] c) =>
        MultiplyWithUpdate(transposeA, transposeB, alpha, a, rowsA, columnsA, b, rowsB, columnsB, beta, c);

    public void MatrixMultiplyWithUpdate(
        Transpose transposeA, Transpose transposeB, float alpha, float[] a, int rowsA, int columnsA,
        float[] b, int rowsB, int columnsB, float beta, float[] c) =>
        MultiplyWithUpdate(transposeA, transposeB, alpha, a, rowsA, columnsA, b, rowsB, columnsB, beta, c);

    public void AddArrays(double[] x, double[] y, double[] result) => Apply(x, y, result, new Sum<double>());

    public void AddArrays(float[] x, float[] y, float[] result) => Apply(x, y, result, new Sum<float>());

    public void SubtractArrays(double[] x, double[] y, double[] result) => Apply(x, y, result, new Difference<double>());

    public void SubtractArrays(float[] x, float[] y, float[] result) => Apply(x, y, result, new Difference<float>());

    public void PointWiseMultiplyArrays(double[] x, double[] y, double[] result) => Apply(x, y, result, new Product<double>());

    public void PointWiseMultiplyArrays(float[] x, float[] y, float[] result) => Apply(x, y, result, new Product<float>());

    public void ScaleArray(double alpha, double[] x, double[] result) => Scale(alpha, x, result);

    public void ScaleArray(float alpha, float[] x, float[] result) => Scale(alpha, x, result);

    public void AddVectorToScaledVector(double[] y, double alpha, double[] x, double[] result) => AddScaled(y, alpha, x, result);

    public void AddVectorToScaledVector(float[] y, float alpha, float[] x, float[] result) => AddScaled(y, alpha, x, result);

    /// <summary>c = alpha · op(a) · op(b) + beta · c, with MathNet's argument checks and its special cases
    /// (beta = 0 overwrites c, even NaN; alpha = 0 only scales c).</summary>
    private void MultiplyWithUpdate<T>(
        Transpose transposeA, Transpose transposeB, T alpha, T[] a, int rowsA, int columnsA,
        T[] b, int rowsB, int columnsB, T beta, T[] c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(c);
        var (rows, depth) = transposeA == Transpose.DontTranspose ? (rowsA, columnsA) : (columnsA, rowsA);
        var (depthB, columns) = transposeB == Transpose.DontTranspose ? (rowsB, columnsB) : (columnsB, rowsB);
        if (depth != depthB)
        {
            throw new ArgumentOutOfRangeException(nameof(b), $"op(a) has {depth} columns but op(b) has {depthB} rows; they must be equal.");
        }

        if ((long)rowsA * columnsA != a.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(a), $"a has {a.Length} elements, not rowsA ({rowsA}) × columnsA ({columnsA}).");
        }

        if ((long)rowsB * columnsB != b.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(b), $"b has {b.Length} elements, not rowsB ({rowsB}) × columnsB ({columnsB}).");
        }

        if ((long)rows * columns != c.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(c), $"c has {c.Length} elements, not {rows} × {columns}.");
        }

        if (T.IsZero(beta))
        {
            Array.Clear(c);
        }
        else if (beta != T.One)
        {
            Pointwise.Apply(c, c, c, new Scaled<T>(beta));
        }

        if (T.IsZero(alpha))
        {
            return;
        }

        var opA = StridedMatrix<T>.Of(a, rowsA, transposeA);
        var opB = StridedMatrix<T>.Of(b, rowsB, transposeB);
        switch (Width)
        {
            case SimdWidth.Bits512:
                Gemm<Simd512<T>, Vector512<T>, T>.MultiplyAdd(alpha, opA, opB, c, rows, columns, depth);
                break;
            case SimdWidth.Bits256:
                Gemm<Simd256<T>, Vector256<T>, T>.MultiplyAdd(alpha, opA, opB, c, rows, columns, depth);
                break;
            default:
                Gemm<Simd128<T>, Vector128<T>, T>.MultiplyAdd(alpha, opA, opB, c, rows, columns, depth);
                break;
        }
    }

    private static void Apply<TOperation, T>(T[] x, T[] y, T[] result, TOperation operation)
        where TOperation : struct, IPointwise<T>
        where T : unmanaged, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(result);
        if (x.Length != y.Length || x.Length != result.Length)
        {
            throw new ArgumentException(
                $"The arrays must have the same length, but x has {x.Length}, y has {y.Length} and result has {result.Length} elements.");
        }

        Pointwise.Apply(x, y, result, operation);
    }

    private static void Scale<T>(T alpha, T[] x, T[] result)
        where T : unmanaged, INumber<T>
    {
        // Like MathNet: a zero factor clears the result, even where x holds NaN or ∞.
        if (T.IsZero(alpha))
        {
            ArgumentNullException.ThrowIfNull(x);
            Array.Clear(result);
        }
        else
        {
            Apply(x, x, result, new Scaled<T>(alpha));
        }
    }

    private static void AddScaled<T>(T[] y, T alpha, T[] x, T[] result)
        where T : unmanaged, INumber<T>
    {
        // Like MathNet: a zero factor copies y, even where x holds NaN or ∞.
        if (T.IsZero(alpha))
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            y.AsSpan().CopyTo(result);
        }
        else
        {
            Apply(x, y, result, new ScaledSum<T>(alpha));
        }
    }
}
