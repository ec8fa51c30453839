// Mistake: ZeroGrad forgotten: it leaves the gradients in place, so they accumulate from batch to batch
// Replaces: Level7_Network/Sgd.cs
// Exercise: Sgd
// Message must contain: "ZeroGrad sets every gradient to 0"
namespace LossKata;

public sealed class Sgd
{
    private readonly Parameter[] parameters;

    public Sgd(IEnumerable<Parameter> parameters, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        this.parameters = parameters.ToArray();
        LearningRate = learningRate;
    }

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

    public void ZeroGrad()
    {
    }

    public void Step()
    {
        foreach (var parameter in parameters)
        {
            parameter.Value.Subtract(parameter.Gradient.Multiply(LearningRate), parameter.Value);
        }
    }
}
