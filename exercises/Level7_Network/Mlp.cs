namespace LossKata;

/// <summary>
/// Level 7 — a multilayer perceptron, a sequence of layers as <c>torch.nn.Sequential</c>: for sizes
/// (784, 200, 200, 10) the layers are Linear(784→200), Relu, Linear(200→200), Relu, Linear(200→10), plus a Relu on
/// the logits when <c>finalRelu</c> is set (the tutorial's code has one). The initialiser is called once per Linear,
/// in layer order, with that Linear's <c>Weight.Value</c> and the one random source given (never a new one), so a
/// seed reproduces the network; biases stay zero.
/// <para>
/// Forward applies the layers in order; Backward applies their Backward in reverse order (backpropagation) and
/// returns ∂L/∂input.
/// </para>
/// <para>Bad input: a null <c>sizes</c>, <c>initialise</c> or <c>random</c> is an <see cref="ArgumentNullException"/>
/// naming it; fewer than two sizes is an <see cref="ArgumentException"/> on <c>sizes</c> whose message says a network
/// needs <c>at least an input and an output size</c>; a size that is not positive fails in Linear's constructor.</para>
/// Read docs/level-7-network.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=7"</c>
/// </summary>
public sealed class Mlp : ILayer
{
    /// <summary>A Kaiming-initialised network with the given layer sizes, seeded with 0 (<c>new Random(0)</c>), no ReLU on the logits.</summary>
    public Mlp(params int[] sizes)
        : this(sizes, Init.KaimingNormal, new Random(0))
    {
    }

    /// <summary>A network with the given layer sizes (input first, classes last) whose weights are filled by
    /// <paramref name="initialise"/> (e.g. <see cref="Init.KaimingNormal"/>) from <paramref name="random"/>.</summary>
    public Mlp(IReadOnlyList<int> sizes, Action<Matrix<double>, Random> initialise, Random random, bool finalRelu = false)
    {
        throw new NotImplementedException("not started: implement Mlp in exercises/Level7_Network/Mlp.cs");
    }

    /// <summary>The layers in order.</summary>
    public IReadOnlyList<ILayer> Layers { get; }

    /// <summary>Every layer's parameters, in order (weight, bias, weight, bias, …).</summary>
    public IReadOnlyList<Parameter> Parameters => [.. Layers.SelectMany(layer => layer.Parameters)];

    /// <summary>The logits: the layers' Forward applied in order.</summary>
    public Matrix<double> Forward(Matrix<double> input)
    {
        throw new NotImplementedException("not started: implement Mlp in exercises/Level7_Network/Mlp.cs");
    }

    /// <summary>Backpropagation: the layers' Backward in reverse order; returns ∂L/∂input.</summary>
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        throw new NotImplementedException("not started: implement Mlp in exercises/Level7_Network/Mlp.cs");
    }
}
