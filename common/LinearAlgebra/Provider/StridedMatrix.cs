using MathNet.Numerics.Providers.LinearAlgebra;

namespace LossKata.LinearAlgebra;

/// <summary>op(X) for a column-major array X: element (row, column) of op(X) sits at
/// <c>Values[row * RowStride + column * ColumnStride]</c>, so a transpose is only a swap of strides.</summary>
internal readonly record struct StridedMatrix<T>(T[] Values, int RowStride, int ColumnStride)
{
    /// <param name="values">The column-major storage of X.</param>
    /// <param name="storedRows">The number of rows of X as stored (before any transpose).</param>
    /// <param name="transpose">Whether op(X) is X or its transpose.</param>
    public static StridedMatrix<T> Of(T[] values, int storedRows, Transpose transpose) =>
        transpose == Transpose.DontTranspose ? new(values, 1, storedRows) : new(values, storedRows, 1);

    public int IndexOf(int row, int column) => (row * RowStride) + (column * ColumnStride);
}
