namespace LossKata;

/// <summary>
/// Level 7 — plain stochastic gradient descent, as <c>torch.optim.SGD</c> without momentum:
/// θ ← θ − η·∂L/∂θ for every parameter, in place.
/// <para>
/// ZeroGrad sets every parameter's gradient to 0 (backward passes add into it); Step moves every value against
/// its gradient.
/// </para>
/// <para>Bad input: null parameters; a learning rate that is not positive and finite is an
/// <see cref="ArgumentOutOfRangeException"/> on <c>LearningRate</c>.</para>
/// Read docs/level-7-network.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=7"</c>
/// </summary>
public sealed class Sgd
{
    /// <summary>An optimiser of <paramref name="parameters"/> (e.g. <c>network.Parameters</c>) with learning rate η.</summary>
    public Sgd(IEnumerable<Parameter> parameters, double learningRate)
    {
        throw new NotImplementedException("not started: implement Sgd in exercises/Level7_Network/Sgd.cs");
    }

    /// <summary>η, the step size: positive and finite.</summary>
    public double LearningRate { get; set; }

    /// <summary>Sets every parameter's gradient to zero.</summary>
    public void ZeroGrad()
    {
        throw new NotImplementedException("not started: implement Sgd in exercises/Level7_Network/Sgd.cs");
    }

    /// <summary>value −= η · gradient, for every parameter.</summary>
    public void Step()
    {
        throw new NotImplementedException("not started: implement Sgd in exercises/Level7_Network/Sgd.cs");
    }
}
