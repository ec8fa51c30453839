namespace LossKata;

// Shape checks for the network's matrices (levels 7–8): a wrong shape fails at the layer, naming the
// argument and both shapes, rather than deep inside a matrix product.
public static partial class Guard
{
    /// <summary>The matrix must have <paramref name="columns"/> columns (one per input feature).</summary>
    public static void Columns(Matrix<double> matrix, string name, int columns)
    {
        if (matrix.ColumnCount != columns)
        {
            throw new ArgumentException(
                $"{name} is {matrix.RowCount}×{matrix.ColumnCount} but the layer expects {columns} columns (one per input feature, one row per sample).", name);
        }
    }

    /// <summary>The matrix must be exactly <paramref name="rows"/>×<paramref name="columns"/>.</summary>
    public static void Shape(Matrix<double> matrix, string name, int rows, int columns)
    {
        if (matrix.RowCount != rows || matrix.ColumnCount != columns)
        {
            throw new ArgumentException(
                $"{name} is {matrix.RowCount}×{matrix.ColumnCount} but must be {rows}×{columns}, the shape of the last forward pass's output.", name);
        }
    }
}
