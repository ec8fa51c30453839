namespace LossKata.Explore.Views;

/// <summary>What one function gave on a view's input: its values (a scalar is one value), or why there are none — the
/// exercise is not started yet, or it threw (the message says what it threw).</summary>
public sealed record Outcome(double[]? Values, string? Problem = null, bool NotStarted = false)
{
    /// <summary>How every shipped stub's message starts (CONTRIBUTING.md), the exercise's id following.</summary>
    private const string NotStartedMessage = "not started: implement ";

    /// <summary>Calls <paramref name="compute"/>, the implementation's <paramref name="exercise"/> (an id of
    /// course.json, e.g. <c>Activations.Softmax</c>), and keeps what happened. The shipped stub throws
    /// NotImplementedException("not started: implement &lt;id&gt; in …"): that is "not started" only when it names this
    /// exercise; another exercise's stub reached through this one is a problem to read.</summary>
    public static Outcome Of(string exercise, Func<double[]> compute)
    {
        try
        {
            return new Outcome(compute());
        }
        catch (NotImplementedException stub) when (stub.Message.StartsWith(NotStartedMessage, StringComparison.Ordinal))
        {
            return stub.Message.StartsWith($"{NotStartedMessage}{exercise} ", StringComparison.Ordinal)
                ? new Outcome(null, stub.Message, NotStarted: true)
                : new Outcome(null, $"waits for another exercise — {stub.Message}");
        }
        catch (Exception problem)
        {
            return new Outcome(null, $"{problem.GetType().Name}: {problem.Message}");
        }
    }
}

/// <summary>One row of a view: a quantity (<see cref="Key"/>, stable for the page), the exercise that computes it, and
/// what that exercise gave.</summary>
public sealed record Row(string Key, string Exercise, Outcome Outcome)
{
    /// <summary>The row <paramref name="key"/>, computed by <paramref name="exercise"/> (see <see cref="Outcome.Of"/>).</summary>
    public static Row Of(string key, string exercise, Func<double[]> compute) => new(key, exercise, Outcome.Of(exercise, compute));
}
