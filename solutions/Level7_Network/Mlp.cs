namespace LossKata;

/// <summary>
/// A multilayer perceptron, a sequence of layers as <c>torch.nn.Sequential</c>: for sizes (784, 200, 200, 10),
/// Linear(784→200), ReLU, Linear(200→200), ReLU, Linear(200→10), and optionally a ReLU on the logits (the
/// tutorial's code has one; it makes output units die). Biases start at zero.
/// </summary>
public sealed class Mlp : ILayer
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
    public Matrix<double> Forward(Matrix<double> input)
    {
        var activation = input;
        foreach (var layer in layers)
        {
            activation = layer.Forward(activation);
        }

        return activation;
    }

    /// <summary>Backpropagation: the layers' backward passes in reverse order, from ∂loss/∂logits to ∂loss/∂input.</summary>
    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var gradient = outputGradient;
        for (var i = layers.Length - 1; i >= 0; i--)
        {
            gradient = layers[i].Backward(gradient);
        }

        return gradient;
    }
}
