// Alternative: Backward over layers.Reverse() with foreach, and the forward pass as an Aggregate
// Replaces: Level7_Network/Mlp.cs
// Exercise: Mlp
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
            if (i + 2 < sizes.Count || finalRelu)
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
        return layers.Aggregate(input, (activation, layer) => layer.Forward(activation));
    }

    public Matrix<double> Backward(Matrix<double> outputGradient)
    {
        var gradient = outputGradient;
        foreach (var layer in layers.Reverse())
        {
            gradient = layer.Backward(gradient);
        }

        return gradient;
    }
}
