namespace LossKata;

/// <summary>
/// Level 7 — a fully connected layer, as <c>torch.nn.Linear</c>: <c>Y = X·Wᵀ + b</c> for an N×in batch X (one row
/// per sample), with the weight W shaped out×in and the bias b a 1×out row added to every sample.
/// <para>
/// Forward remembers X, the input of the latest Forward: Backward differentiates there. Backward, given
/// G = ∂L/∂Y (N×out), ADDS Gᵀ·X into <c>Weight.Gradient</c> (out×in) and the column sums of G into
/// <c>Bias.Gradient</c> (1×out) — both gradients accumulate until <c>Sgd.ZeroGrad</c>, as in PyTorch, so two Backward
/// calls leave twice what one leaves in each — and returns ∂L/∂X = G·W (N×in). Neither pass changes the parameters'
/// values. MathNet: <c>TransposeAndMultiply</c>, <c>TransposeThisAndMultiply</c>.
/// </para>
/// <para>Bad input: <c>Guard.NotEmptyNoNaN</c> and <c>Guard.Columns</c> on <c>input</c> (Forward),
/// <c>Guard.NotEmptyNoNaN</c> and <c>Guard.Shape</c> on <c>outputGradient</c> (Backward) — Guard's messages name the
/// argument, a NaN's position and the shapes; Backward before any Forward is an
/// <see cref="InvalidOperationException"/> whose message says it was called <c>before Forward</c>.</para>
/// Read docs/level-7-network.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=7"</c>
/// </summary>
public sealed class Linear : ILayer
{
    /// <summary>A layer from <paramref name="inFeatures"/> to <paramref name="outFeatures"/>, every parameter zero
    /// (<see cref="Init"/> fills the weight). Both sizes must be positive, else an
    /// <see cref="ArgumentOutOfRangeException"/> naming <c>inFeatures</c> or <c>outFeatures</c>.</summary>
    public Linear(int inFeatures, int outFeatures)
    {
        throw new NotImplementedException("not started: implement Linear in exercises/Level7_Network/Linear.cs");
    }

    /// <summary>The weight W, out×in (row j holds the input weights of output unit j).</summary>
    public Parameter Weight { get; }

    /// <summary>The bias b, a 1×out row.</summary>
    public Parameter Bias { get; }

    /// <summary>The width of the input.</summary>
    public int InFeatures => Weight.Value.ColumnCount;

    /// <summary>The width of the output.</summary>
    public int OutFeatures => Weight.Value.RowCount;

    /// <inheritdoc/>
    public IReadOnlyList<Parameter> Parameters => [Weight, Bias];

    /// <summary>Y = X·Wᵀ + b: N×in → N×out. Remembers X for <see cref="Backward"/>.</summary>
    public Matrix<double> Forward(Matrix<double> input)
    {
        throw new NotImplementedException("not started: implement Linear in exercises/Level7_Network/Linear.cs");
    }

    /// <summary>Accumulates ∂L/∂W += Gᵀ·X and ∂L/∂b += column sums of G; returns ∂L/∂X = G·W.</summary>
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        throw new NotImplementedException("not started: implement Linear in exercises/Level7_Network/Linear.cs");
    }
}
