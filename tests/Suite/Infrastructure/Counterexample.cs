namespace LossKata.Tests;

/// <summary>
/// FsCheck 3.6 (FsCheck.Xunit.v3) prints a failed property as "Falsifiable, after n tests (seeds)", the original and
/// the shrunk arguments, and then the exception; that order is fixed in FsCheck.Xunit.v3's runner. So each property
/// wraps its checks in <see cref="At"/>, and the message of its failure starts with the input it failed on, in the
/// form the docs use ("p = [0.5, 0.5], q = [1, 0]: Expected …"): the first line of the property's own message is the
/// counterexample, the seeds stay at the top of FsCheck's part for replaying.
/// </summary>
public static class Counterexample
{
    /// <summary>Runs <paramref name="check"/>; a failure (an assertion, or an exception from the code under test) is
    /// rethrown with a message that starts with <paramref name="input"/>.</summary>
    public static void At(object input, Action check)
    {
        try
        {
            check();
        }
        catch (CounterexampleException)
        {
            throw;
        }
        catch (Exception failure)
        {
            throw new CounterexampleException(input, failure);
        }
    }
}

/// <summary>A property's failure, its message led by the counterexample.</summary>
public sealed class CounterexampleException(object input, Exception failure)
    : Xunit.Sdk.XunitException(Describe(input, failure), failure)
{
    private static string Describe(object input, Exception failure) =>
        failure is Xunit.Sdk.IAssertionException || failure.GetType().Namespace?.StartsWith("FluentAssertions", StringComparison.Ordinal) == true
            ? $"{input}: {failure.Message}"
            : $"{input}: the code under test threw {failure.GetType().Name}: {failure.Message}";
}
