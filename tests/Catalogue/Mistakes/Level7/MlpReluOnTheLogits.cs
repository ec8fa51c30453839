// Mistake: a ReLU after the last linear layer too, clipping the negative logits to 0 (only when asked for, as the tutorial's code does)
// Replaces: Level7_Network/Mlp.cs
// Exercise: Mlp
// Message must contain: "logits"
namespace LossKata;

public sealed class Mlp : ILayer
{
    private readonly ILayer[] layers;

    public Mlp(params int[] sizes)
        : this(sizes, Init.KaimingNormal, new Random(0))
    {
    }

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
            if (i + 2 <= sizes.Count || finalRelu)
            {
                built.Add(new Relu());
            }
        }

        layers = [.. built];
    }

    public IReadOnlyList<ILayer> Layers => layers;

    public IReadOnlyList<Parameter> Parameters => [.. layers.SelectMany(layer => layer.Parameters)];

    public Matrix<double> Forward(Matrix<double> input)
    {
        var activation = input;
        foreach (var layer in layers)
        {
            activation = layer.Forward(activation);
        }

        return activation;
    }

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
