namespace LossKata;

/// <summary>
/// A trainable tensor and the gradient of the loss with respect to it, as a PyTorch parameter and its
/// <c>.grad</c>: backward passes add into <see cref="Gradient"/>, <c>Sgd.ZeroGrad</c> clears it and
/// <c>Sgd.Step</c> moves <see cref="Value"/> against it. Both have the same shape and are updated in place.
/// </summary>
public sealed class Parameter
{
    /// <summary>Wraps <paramref name="value"/> (kept, not copied) with a zero gradient of the same shape.</summary>
    public Parameter(Matrix<double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
        Gradient = Matrix<double>.Build.Dense(value.RowCount, value.ColumnCount);
    }

    /// <summary>The current value, updated in place by the optimiser.</summary>
    public Matrix<double> Value { get; }

    /// <summary>∂loss/∂value, accumulated by backward passes since the last zeroing.</summary>
    public Matrix<double> Gradient { get; }

    /// <summary>The shape, e.g. "200×784".</summary>
    public override string ToString() => $"{Value.RowCount}×{Value.ColumnCount}";
}
