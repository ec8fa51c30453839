namespace LossKata.Grading;

/// <summary>
/// The order in which an exercise's failing tests are shown — by <c>check</c>, <c>watch</c> and every grade report
/// alike, so that the first failure in <c>grade --format json</c> is the one <c>check</c> shows: first the failures
/// whose message names the learner's mistake (the suite's diagnoses say "<see cref="DiagnosisPhrase"/>"), then worked
/// examples before property counterexamples (a concrete input reads more easily than a shrunk one), then by name.
/// The name decides last, not the order of the run's report, which changes from one run of the same tests to the
/// next: a report graded from another run (a class's grade, after an edit) must still put the same failure first.
/// </summary>
public static class FailureOrder
{
    /// <summary>The words with which a failure message names the realistic mistake that explains the value returned.</summary>
    public const string DiagnosisPhrase = "Likely mistake:";

    public static IReadOnlyList<TestResult> Order(IEnumerable<TestResult> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        return tests.OrderBy(test => Diagnoses(test) ? 0 : 1)
            .ThenBy(test => IsPropertyCounterexample(test) ? 1 : 0)
            .ThenBy(test => test.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether a failed test's message names a mistake.</summary>
    public static bool Diagnoses(TestResult test) =>
        test.Outcome == TestOutcome.Failed && test.Message?.Contains(DiagnosisPhrase, StringComparison.Ordinal) == true;

    /// <summary>Whether a failed test is a property whose counterexample FsCheck found (its report says
    /// "Falsifiable, after n tests", inside a PropertyFailedException).</summary>
    public static bool IsPropertyCounterexample(TestResult test) =>
        test.Outcome == TestOutcome.Failed && test.Message is { } message
        && (message.Contains("PropertyFailedException", StringComparison.Ordinal) || message.TrimStart().StartsWith("Falsifiable", StringComparison.Ordinal));
}
