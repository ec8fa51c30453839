namespace LossKata;

/// <summary>
/// Level 7 — plain stochastic gradient descent, as <c>torch.optim.SGD</c> without momentum:
/// θ ← θ − η·∂L/∂θ for every parameter, in place.
/// <para>
/// The constructor copies the parameters into a list (it enumerates the sequence once; later changes to the
/// sequence do not matter). ZeroGrad sets every parameter's gradient to 0 in place (backward passes add into it)
/// and leaves the values; Step moves every value against its gradient in place, with the current
/// <see cref="LearningRate"/>, and leaves the gradients.
/// </para>
/// <para>Bad input: null parameters is an <see cref="ArgumentNullException"/> naming <c>parameters</c>; a learning
/// rate that is not positive and finite (0, negative, NaN, ±∞) is an <see cref="ArgumentOutOfRangeException"/> on
/// <c>LearningRate</c> whose message says it must be <c>positive and finite</c> — from the constructor and from the
/// setter alike, which then keeps the previous rate.</para>
/// Read docs/level-7-network.md, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level=7"</c>
/// </summary>
public sealed class Sgd
{
    /// <summary>An optimiser of <paramref name="parameters"/> (e.g. <c>network.Parameters</c>) with learning rate η.</summary>
    public Sgd(IEnumerable<Parameter> parameters, double learningRate)
    {
        throw new NotImplementedException("not started: implement Sgd in exercises/Level7_Network/Sgd.cs");
    }

    /// <summary>η, the step size: positive and finite; the setter rejects any other value.</summary>
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
