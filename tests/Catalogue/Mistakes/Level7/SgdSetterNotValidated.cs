// Mistake: the learning rate validated in the constructor only: the setter accepts 0, NaN or infinity
// Replaces: Level7_Network/Sgd.cs
// Exercise: Sgd
// Message must contain: "setter"
namespace LossKata;

/// <summary>Plain stochastic gradient descent, as <c>torch.optim.SGD</c> without momentum: $\theta \leftarrow \theta - \eta\, \partial L/\partial\theta$.</summary>
public sealed class Sgd
{
    private readonly Parameter[] parameters;

    /// <summary>An optimiser of <paramref name="parameters"/> (e.g. <c>network.Parameters</c>) with learning rate η.</summary>
    public Sgd(IEnumerable<Parameter> parameters, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(LearningRate), learningRate, "The learning rate must be positive and finite.");
        }

        this.parameters = parameters.ToArray();
        LearningRate = learningRate;
    }

    /// <summary>η, the step size: positive and finite.</summary>
    public double LearningRate
    {
        get;
        set;
    }

    /// <summary>Sets every parameter's gradient to zero (backward passes add into it).</summary>
    public void ZeroGrad()
    {
        foreach (var parameter in parameters)
        {
            parameter.Gradient.Clear();
        }
    }

    /// <summary>Moves every parameter one step against its gradient: value −= η · gradient.</summary>
    public void Step()
    {
        foreach (var parameter in parameters)
        {
            parameter.Value.Subtract(parameter.Gradient.Multiply(LearningRate), parameter.Value);
        }
    }
}
