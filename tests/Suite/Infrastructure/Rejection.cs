using System.Globalization;
using System.Text.RegularExpressions;

namespace LossKata.Tests;

/// <summary>
/// How an exercise must reject one bad input: the check a stub names (<see cref="Check"/>, e.g.
/// <c>Guard.Distribution(q, nameof(q))</c>, quoted verbatim in the stub's XML comment), the exception it throws, the
/// parameter that exception names and a wildcard pattern of its message. Declared once, these drive both the bad-input
/// tests and <c>ContractsInStepTests</c>, which checks that each stub names its checks and that each check, run on the
/// same input, really gives the exception, parameter and message declared here.
/// </summary>
/// <param name="Check">The call that rejects the input, as the stub spells it.</param>
/// <param name="RunCheck">That call, run on the bad input.</param>
/// <param name="Exception">The exception the call throws (a subclass is accepted from the learner).</param>
/// <param name="Parameter">The parameter name the exception must carry.</param>
/// <param name="Message">A wildcard pattern (<c>*</c> for any text) the exception's message must match.</param>
public sealed record Rejection(string Check, Action RunCheck, Type Exception, string Parameter, string Message = "*")
{
    /// <summary>A null argument: <see cref="ArgumentNullException"/> naming it.</summary>
    public static Rejection OfNull(string check, Action runCheck, string parameter) =>
        new(check, runCheck, typeof(ArgumentNullException), parameter);

    /// <summary>A bad value: <see cref="ArgumentException"/> naming the argument, with a message matching the pattern.</summary>
    public static Rejection OfValue(string check, Action runCheck, string parameter, string message) =>
        new(check, runCheck, typeof(ArgumentException), parameter, message);

    /// <summary>
    /// Calls the exercise on the bad input and fails, unless it throws as declared, with a message that says what
    /// was called with what, what was expected and which check gives it, and what happened instead.
    /// </summary>
    /// <param name="call">The call as a learner reads it, input included: <c>Information.Entropy(p = [0.5, 0.4])</c>.</param>
    /// <param name="invoke">The call itself; its result, if it returns, is shown.</param>
    public void ShouldBeThrownBy(string call, Func<object?> invoke)
    {
        string happened;
        var unguarded = false;
        try
        {
            var result = invoke();
            happened = $"it returned {Show(result)} without an exception";
            unguarded = true;
        }
        catch (Exception thrown)
        {
            happened = Mismatch(thrown);
            if (happened.Length == 0)
            {
                return;
            }

            unguarded = thrown is not ArgumentException;
        }

        // Returning, or failing further in with an exception no check throws, is what the code does without the check.
        var diagnosis = unguarded ? $" {Suspect.Marker} {Check} is not called before {Parameter} is used, so {Parameter} goes unchecked." : "";
        Assert.Fail($"{call} must throw {Expectation} — {Check} gives exactly that, call it first — but {happened}.{diagnosis}");
    }

    /// <summary>What is expected, in words: "ArgumentException naming parameter "q" with a message like "q[0] is NaN*"".</summary>
    public string Expectation =>
        $"{Exception.Name} naming parameter \"{Parameter}\"" + (Message == "*" ? "" : $" with a message like \"{Message}\"");

    /// <summary>"" when <paramref name="thrown"/> is as declared, otherwise what differs.</summary>
    public string Mismatch(Exception thrown)
    {
        var actual = thrown is ArgumentException argument ? argument : null;
        if (!Exception.IsInstanceOfType(thrown))
        {
            return $"it threw {thrown.GetType().Name}: \"{thrown.Message}\"";
        }

        if (actual?.ParamName != Parameter)
        {
            return $"it threw {thrown.GetType().Name} naming parameter {(actual?.ParamName is { } name ? $"\"{name}\"" : "<none>")}: \"{thrown.Message}\"";
        }

        var message = thrown.Message.Replace($" (Parameter '{Parameter}')", "", StringComparison.Ordinal);
        return MessageMatches(message) ? "" : $"its message was \"{message}\"";
    }

    /// <summary>Whether <paramref name="message"/> (without the " (Parameter 'name')" that <see cref="ArgumentException"/>
    /// appends) matches <see cref="Message"/>: <c>*</c> any text, the rest literal.</summary>
    public bool MessageMatches(string message) =>
        Regex.IsMatch(message, "^" + Regex.Escape(Message).Replace(@"\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.Singleline);

    private static string Show(object? result) => result switch
    {
        null => "null",
        double value => value.ToString("R", CultureInfo.InvariantCulture),
        Vector<double> vector => Numbers.Show(vector),
        Matrix<double> matrix => Numbers.Show(matrix),
        _ => result.ToString() ?? "",
    };
}

/// <summary>
/// Marks a static property of type <c>IEnumerable&lt;Rejection&gt;</c> as the bad inputs the listed exercises must
/// reject; <c>ContractsInStepTests</c> reads every such property.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class RejectionsOfAttribute(params string[] exercises) : Attribute
{
    public IReadOnlyList<string> Exercises { get; } = exercises;
}
