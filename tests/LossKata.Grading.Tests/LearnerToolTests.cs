using LossKata.Cli.Commands;
using LossKata.Cli.Learner;
using LossKata.Course;

namespace LossKata.Grading.Tests;

[Collection(GradingCollection.Name)]
public sealed class LearnerToolTests(GradingFixture fixture)
{
    [Fact]
    public void Every_exercise_in_place_has_two_or_three_progressive_hints_beside_it()
    {
        var present = fixture.Course.Exercises.Where(e => File.Exists(Path.Combine(fixture.Root, "exercises", e.File))).ToList();
        present.Should().NotBeEmpty();
        foreach (var exercise in present)
        {
            var file = Path.Combine(fixture.Root, "exercises", exercise.HintsFile);
            File.Exists(file).Should().BeTrue("every exercise keeps its hints beside it ({0})", file);
            var hints = Hints.Parse(File.ReadAllText(file));
            hints.Count.Should().BeInRange(2, 3, "hints go from a nudge to nearly the answer in a few steps ({0})", file);
            hints.Should().OnlyContain(h => h.Title.Length > 0 && h.Text.Length > 40, "each hint has a heading and says something ({0})", file);
        }
    }

    [Fact]
    public void Each_hint_request_shows_one_more_until_the_last_and_reset_starts_over()
    {
        var root = Directory.CreateDirectory(Path.Combine(fixture.Scratch, "hint-progress")).FullName;
        var hints = new Hints(root);

        hints.ShowOneMore("Information.Entropy", available: 3).Should().Be(1);
        hints.ShowOneMore("Information.Entropy", available: 3).Should().Be(2);
        hints.ShowOneMore("Information.Entropy", available: 3).Should().Be(3);
        hints.ShowOneMore("Information.Entropy", available: 3).Should().Be(3, "there is no fourth hint");
        hints.ShowOneMore("Losses.NllLoss", available: 2).Should().Be(1, "each exercise counts on its own");
        hints.Reset("Information.Entropy");
        hints.Seen("Information.Entropy").Should().Be(0);
        hints.Seen("Losses.NllLoss").Should().Be(1);
    }

    [Fact]
    public void Hints_are_split_at_second_level_headings()
    {
        var hints = Hints.Parse("# Hints: X\n\nintro\n\n## First\nnudge\n\n## Second\nmore\nand more\n");

        hints.Select(h => h.Title).Should().Equal("First", "Second");
        hints[1].Text.Should().Be("more\nand more");
    }

    [Fact]
    public void The_shipped_stub_of_every_exercise_is_found_byte_for_byte_from_its_blob_id()
    {
        foreach (var exercise in fixture.Course.Exercises)
        {
            var (stub, problem) = ShippedStubs.Read(fixture.Root, exercise);
            problem.Should().BeNull("course.json records the git blob of exercises/{0}", exercise.File);
            ShippedStubs.BlobId(stub!).Should().Be(exercise.Stub);
            System.Text.Encoding.UTF8.GetString(stub!).Should().Contain("NotImplementedException", "a shipped exercise file is a stub");
        }
    }

    [Fact]
    public void The_poller_notices_a_saved_file_and_stops_when_cancelled()
    {
        var folder = Directory.CreateDirectory(Path.Combine(fixture.Scratch, "watched")).FullName;
        var file = Path.Combine(folder, "Entropy.cs");
        File.WriteAllText(file, "// before");
        var poller = new FolderPoller(folder, "*.cs", TimeSpan.FromMilliseconds(20));

        using var save = Task.Delay(100, TestContext.Current.CancellationToken).ContinueWith(_ => File.WriteAllText(file, "// after, longer"), TaskScheduler.Default);
        using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            poller.WaitForChange(patience.Token).Should().BeTrue("the file was saved");
        }

        using var cancelled = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        poller.WaitForChange(cancelled.Token).Should().BeFalse("nothing changed before the cancellation");
    }

    [Fact]
    public void Check_prints_progress_by_level_and_passes_when_nothing_started_fails()
    {
        var repository = fixture.MakeRepositoryWithShippedStubs("check-untouched");
        var output = new StringWriter();
        var progress = new Progress(repository, fixture.Runner);

        var exitCode = progress.Print(progress.Check(level: 1, TimeSpan.FromSeconds(60)), output);

        output.ToString().Should().Contain("Level 1 — Entropy").And.Contain("not started")
            .And.Contain("Next: implement Information.Entropy in exercises/Level1_Entropy/Entropy.cs");
        exitCode.Should().Be(0, "a stub is not started, which is not a failure");
    }

    [Fact]
    public void The_grade_command_writes_Gradescope_results_to_the_file_given()
    {
        var submission = fixture.MakeSubmission("grade-command", "solutions");
        var results = Path.Combine(fixture.Scratch, "results", "results.json");

        var exitCode = new GradeCommand().Run(["--submission", submission, "--format", "gradescope", "--out", results, "--repository", fixture.Root, "--strict"]);

        exitCode.Should().Be(0, "the reference has full points, so --strict passes");
        File.ReadAllText(results).Should().Contain("\"score\": " + fixture.ReferenceGrade.MaxPoints.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
