namespace LossKata;

/// <summary>
/// Level 7 — the rectified linear unit, as <c>torch.nn.ReLU</c>: <c>max(0, x)</c> element by element, no parameters.
/// <para>
/// Forward leaves its input unchanged (PyTorch's default <c>inplace=False</c>) and remembers where the output of the
/// latest Forward is positive. Backward passes the gradient there and blocks it elsewhere. At exactly 0 the
/// derivative is taken as 0, as PyTorch does.
/// </para>
/// <para>Bad input: <c>Guard.NotEmptyNoNaN</c> on <c>input</c> and on <c>outputGradient</c>; <c>Guard.Shape</c> on
/// <c>outputGradient</c> in Backward (Guard's messages name the argument, a NaN's position and the shapes); Backward
/// before any Forward is an <see cref="InvalidOperationException"/> whose message says it was called
/// <c>before Forward</c>.</para>
/// Read docs/level-7-network.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=7"</c>
/// </summary>
public sealed class Relu : ILayer
{
    /// <inheritdoc/>
    public IReadOnlyList<Parameter> Parameters => [];

    /// <summary>max(0, x) for every element; remembers where the output is positive.</summary>
    public Matrix<double> Forward(Matrix<double> input)
    {
        throw new NotImplementedException("not started: implement Relu in exercises/Level7_Network/Relu.cs");
    }

    /// <summary>The output gradient where the input was positive, 0 elsewhere.</summary>
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        throw new NotImplementedException("not started: implement Relu in exercises/Level7_Network/Relu.cs");
    }
}
