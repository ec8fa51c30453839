namespace LossKata.Grading;

/// <summary>
/// The order in which a learner reads an exercise's failures, the same in every report and in <c>check</c>: first a
/// failure whose message names the mistake that explains the value returned (it contains <see cref="Marker"/>), then
/// worked examples (a fixed input worked out in the doc) before property counterexamples (a generated input), each
/// group in the order of the test report.
/// </summary>
public static class FailureOrder
{
    /// <summary>The phrase a suite message contains, once, when it names the mistake that explains the value seen.</summary>
    public const string Marker = "Likely mistake:";

    public static IReadOnlyList<TestResult> Order(IEnumerable<TestResult> failures) =>
        failures
            .Select((failure, index) => (failure, index))
            .OrderBy(entry => NamesAMistake(entry.failure) ? 0 : 1)
            .ThenBy(entry => IsProperty(entry.failure) ? 1 : 0)
            .ThenBy(entry => entry.index)
            .Select(entry => entry.failure)
            .ToList();

    public static bool NamesAMistake(TestResult failure) => failure.Message?.Contains(Marker, StringComparison.Ordinal) == true;

    /// <summary>A property test's failure: FsCheck's message says "Falsifiable, after n tests".</summary>
    public static bool IsProperty(TestResult failure) =>
        failure.Message?.Contains("Falsifiable, after", StringComparison.Ordinal) == true;
}
