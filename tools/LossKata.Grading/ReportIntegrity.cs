using System.Xml.Linq;

namespace LossKata.Grading;

/// <summary>
/// Defence in depth for the outcome of a run: the test process writes its report with strings it shares with the code
/// under test (the runner writes one "Pass" or "Fail" object into every result attribute), so code that could write
/// to memory it does not own could turn every failure into a pass. A report is believed only where it agrees with
/// itself through facts such code would have to forge separately: every passed test has no failure element, every
/// failed test has one, and the tallies the runner counted as integers match the results it wrote.
/// </summary>
internal static class ReportIntegrity
{
    /// <summary>The message of every test of a run whose report contradicts itself.</summary>
    public const string ContradictionMessage =
        "The test report contradicts itself (a result that does not match its failure, or tallies that do not add up): "
        + "the code under test changed how the test framework writes results, so no test of this run counts as passed.";

    /// <summary>Why the report of this &lt;assembly&gt; element cannot be believed, or null when it agrees with itself.</summary>
    public static string? Contradiction(XElement assembly)
    {
        var tests = assembly.Descendants("test").ToList();
        var passedWithFailure = tests.FirstOrDefault(t => (string?)t.Attribute("result") == "Pass" && t.Element("failure") is not null);
        if (passedWithFailure is not null)
        {
            return $"{(string?)passedWithFailure.Attribute("name")} is marked passed but carries a failure";
        }

        var failedWithoutFailure = tests.FirstOrDefault(t => (string?)t.Attribute("result") == "Fail" && t.Element("failure") is null);
        if (failedWithoutFailure is not null)
        {
            return $"{(string?)failedWithoutFailure.Attribute("name")} is marked failed without a failure";
        }

        foreach (var (tally, result) in new[] { ("passed", "Pass"), ("failed", "Fail") })
        {
            var counted = (int?)assembly.Attribute(tally);
            var written = tests.Count(t => (string?)t.Attribute("result") == result);
            if (counted != written)
            {
                return $"the runner counted {counted?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} {tally} tests but wrote {written}";
            }
        }

        return null;
    }
}
