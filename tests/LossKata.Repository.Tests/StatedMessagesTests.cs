extern alias Suite;

using System.Text;
using System.Text.RegularExpressions;
using LossKata.Course;
using Suite::LossKata.Tests;

namespace LossKata.Repository.Tests;

/// <summary>
/// Keeps the level 7–8 stubs and tests in step: every message a test matches (<see cref="StatedMessages"/>) must be
/// stated word for word in the XML comment of the stub the learner reads, and every Guard check whose message a test
/// matches must be named there. Reads the stubs as shipped (git blobs recorded in course.json), whatever
/// exercises/ holds now.
/// </summary>
public sealed partial class StatedMessagesTests
{
    public static TheoryData<string, string> Messages =>
        new(StatedMessages.All.Select(message => (message.ExerciseFile, message.Text)));

    public static TheoryData<string, string> GuardCalls =>
        new(StatedMessages.GuardCalls.Select(call => (call.ExerciseFile, call.GuardCall)));

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_message_a_test_matches_is_stated_in_the_stub(string exerciseFile, string text) =>
        DocumentationOf(exerciseFile).Should().Contain(
            Normalised(text),
            "the tests match this wording, so exercises/{0} must tell the learner it word for word in its XML comment", exerciseFile);

    [Theory]
    [MemberData(nameof(GuardCalls))]
    public void Every_guard_whose_message_a_test_matches_is_named_in_the_stub(string exerciseFile, string guardCall) =>
        DocumentationOf(exerciseFile).Should().Contain(
            guardCall, "the tests match the message {0} writes, so exercises/{1} must tell the learner to call it", guardCall, exerciseFile);

    [Fact]
    public void A_pattern_fixes_the_given_numbers_and_accepts_either_word()
    {
        var pattern = StatedMessages.TrainerDivergence.Pattern(("epoch", 1), ("batch", 6));
        "The loss became NaN in epoch 1, batch 6 of 40 (samples 1200–1400); the learning rate 1000 is probably too high."
            .Should().MatchRegex(pattern, "the doc page's example message must match");
        "The loss became infinite in epoch 1, batch 6 of 40 (samples 1200–1400)".Should().MatchRegex(pattern, "either word is accepted");
        "The loss became NaN in epoch 2, batch 6 of 40 (samples 1200–1400)".Should().NotMatchRegex(pattern, "the epoch is fixed to 1");
        "The loss became NaN in epoch 1, batch 6 of 40 (samples 1200-1400)".Should().NotMatchRegex(pattern, "the range has an en dash, not a hyphen");
    }

    /// <summary>The text of the shipped stub's <c>///</c> lines, joined, with XML tags removed and white space collapsed.</summary>
    private static string DocumentationOf(string exerciseFile)
    {
        var root = LossKata.Course.Repository.Find();
        var exercise = CourseManifest.Load(root).Exercises.Single(e => e.File == exerciseFile);
        var (stub, problem) = ShippedStubs.Read(root, exercise);
        var lines = Encoding.UTF8.GetString(stub ?? throw new InvalidOperationException(problem)).Split('\n')
            .Select(line => line.TrimStart())
            .Where(line => line.StartsWith("///", StringComparison.Ordinal))
            .Select(line => line[3..].TrimEnd('\r'));
        return Normalised(XmlTag().Replace(string.Join(" ", lines), ""));
    }

    private static string Normalised(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex XmlTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
