namespace LossKata;

/// <summary>Plain stochastic gradient descent, as <c>torch.optim.SGD</c> without momentum: $\theta \leftarrow \theta - \eta\, \partial L/\partial\theta$.</summary>
public sealed class Sgd
{
    private readonly Parameter[] parameters;

    /// <summary>η · gradient of each parameter, reused from step to step.</summary>
    private readonly Matrix<double>[] steps;

    /// <summary>An optimiser of <paramref name="parameters"/> (e.g. <c>network.Parameters</c>) with learning rate η.</summary>
    public Sgd(IEnumerable<Parameter> parameters, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        this.parameters = parameters.ToArray();
        steps = [.. this.parameters.Select(parameter => Matrix<double>.Build.Dense(parameter.Value.RowCount, parameter.Value.ColumnCount))];
        LearningRate = learningRate;
    }

    /// <summary>η, the step size: positive and finite.</summary>
    public double LearningRate
    {
        get;
        set
        {
            if (!(value > 0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(nameof(LearningRate), value, "The learning rate must be positive and finite.");
            }

            field = value;
        }
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
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Gradient.Multiply(LearningRate, steps[i]);
            parameters[i].Value.Subtract(steps[i], parameters[i].Value);
        }
    }
}
