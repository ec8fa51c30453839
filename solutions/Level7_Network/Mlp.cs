namespace LossKata;

/// <summary>
/// A multilayer perceptron, a sequence of layers as <c>torch.nn.Sequential</c>: for sizes (784, 200, 200, 10),
/// Linear(784→200), ReLU, Linear(200→200), ReLU, Linear(200→10), and optionally a ReLU on the logits (the
/// tutorial's code has one; it makes output units die). Biases start at zero.
/// </summary>
public sealed class Mlp : ILayer, IBufferedLayer
{
    private readonly ILayer[] layers;

    /// <summary>A Kaiming-initialised network with the given layer sizes (input first, classes last), seeded with 0 and no ReLU on the logits.</summary>
    public Mlp(params int[] sizes)
        : this(sizes, Init.KaimingNormal, new Random(0))
    {
    }

    /// <summary>
    /// A network with the given layer sizes whose weights are filled by <paramref name="initialise"/>
    /// (e.g. <see cref="Init.KaimingNormal"/>) from <paramref name="random"/>, layer by layer.
    /// </summary>
    public Mlp(IReadOnlyList<int> sizes, Action<Matrix<double>, Random> initialise, Random random, bool finalRelu = false)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(initialise);
        ArgumentNullException.ThrowIfNull(random);
        if (sizes.Count < 2)
        {
            throw new ArgumentException($"sizes has {sizes.Count} element(s); a network needs at least an input and an output size.", nameof(sizes));
        }

        var built = new List<ILayer>();
        for (var i = 0; i + 1 < sizes.Count; i++)
        {
            var linear = new Linear(sizes[i], sizes[i + 1]);
            initialise(linear.Weight.Value, random);
            built.Add(linear);
            if (i + 2 < sizes.Count || finalRelu)
            {
                built.Add(new Relu());
            }
        }

        layers = [.. built];
    }

    /// <summary>The layers in order.</summary>
    public IReadOnlyList<ILayer> Layers => layers;

    /// <summary>Every layer's parameters, in order (weight, bias, weight, bias, …).</summary>
    public IReadOnlyList<Parameter> Parameters => [.. layers.SelectMany(layer => layer.Parameters)];

    /// <summary>The logits: each layer's forward pass applied to the previous one's output.</summary>
    public Matrix<double> Forward(Matrix<double> input) =>
        layers[^1].Forward(ForwardThroughHiddenLayers(input));

    /// <summary>Backpropagation: the layers' backward passes in reverse order, from ∂loss/∂logits to ∂loss/∂input.</summary>
    public Matrix<double> Backward(Matrix<double> outputGradient) =>
        layers[0].Backward(BackwardThroughLaterLayers(outputGradient));

    Matrix<double> IBufferedLayer.ForwardIntoBuffer(Matrix<double> input) =>
        Buffers.Forward(layers[^1], ForwardThroughHiddenLayers(input));

    Matrix<double> IBufferedLayer.BackwardIntoBuffer(Matrix<double> outputGradient) =>
        Buffers.Backward(layers[0], BackwardThroughLaterLayers(outputGradient));

    void IBufferedLayer.BackwardToParameters(Matrix<double> outputGradient) =>
        Buffers.BackwardToParameters(layers[0], BackwardThroughLaterLayers(outputGradient));

    // Between the layers, the activations and gradients stay in the layers' own buffers; only what Forward and
    // Backward return is a new matrix, which the caller may keep.

    /// <summary>The forward passes of every layer but the last; returns the input of the last.</summary>
    private Matrix<double> ForwardThroughHiddenLayers(Matrix<double> input)
    {
        var activation = input;
        for (var i = 0; i + 1 < layers.Length; i++)
        {
            activation = Buffers.Forward(layers[i], activation);
        }

        return activation;
    }

    /// <summary>The backward passes of every layer but the first; returns ∂loss/∂output of the first.</summary>
    private Matrix<double> BackwardThroughLaterLayers(Matrix<double> outputGradient)
    {
        var gradient = outputGradient;
        for (var i = layers.Length - 1; i > 0; i--)
        {
            gradient = Buffers.Backward(layers[i], gradient);
        }

        return gradient;
    }
}
