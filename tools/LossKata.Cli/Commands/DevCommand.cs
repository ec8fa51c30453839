using System.CommandLine;
using LossKata.Course;

namespace LossKata.Cli.Commands;

/// <summary>The maintainers' commands (<c>dev new</c>, <c>dev check</c>, <c>dev update</c>): left out of the program's
/// help, which is the learner's, and described in CONTRIBUTING.md.</summary>
public sealed class DevCommand : LossKataCommand
{
    public DevCommand()
        : base("dev", "for maintainers: add an exercise, check the repository against course.json, regenerate what is generated")
    {
        Hidden = true;
        Subcommands.Add(new NewCommand());
        Subcommands.Add(new CheckCourseCommand());
        Subcommands.Add(new UpdateCommand());
    }

    /// <summary>Without a subcommand, the subcommands are listed and the command fails, as the program does without a command.</summary>
    protected override int Execute(ParseResult parsed) =>
        throw new UsageException("Name what to do: dev new, dev check or dev update.");

    /// <summary><c>dev new</c>: scaffolds an exercise and lists what is left to write.</summary>
    private sealed class NewCommand : LossKataCommand
    {
        private readonly Argument<string> id = new("id") { Description = "the exercise's id, Class.Member (Losses.HingeLoss)" };
        private readonly Option<int?> level = CommandOptions.OptionalInteger("--level", "N", "the level it belongs to (listed in course.json)", minimum: 1);
        private readonly Option<int?> points = CommandOptions.OptionalInteger("--points", "P", "its points (the points of all exercises add up to 100)", minimum: 0);
        private readonly Option<string?> title = new("--title") { HelpName = "T", Description = "its title in the doc page (default: the member's name in words)" };
        private readonly Option<string?> repository = CommandOptions.Repository();

        public NewCommand()
            : base("new", "scaffold an exercise: stub, reference, tests, hints, doc sections and its course.json entry", """
                Writes exercises/<folder>/<Member>.cs (the stub, with its XML doc skeleton and not-started exception), the
                reference in solutions/, tests/Suite/LevelN/<Member>Tests.cs ([Exercise], a [Probe], the bad inputs it
                rejects and a first test to write), the hints file, a section in both editions of the level's doc page,
                and its course.json entry with the stub's git blob; then git adds the new files, so that after writing
                the reference and the tests one git commit -a records the exercise.
                """)
        {
            Arguments.Add(id);
            Options.Add(level);
            Options.Add(points);
            Options.Add(title);
            Options.Add(repository);
        }

        protected override int Execute(ParseResult parsed)
        {
            var root = Repository.Find(parsed.GetValue(repository));
            var output = parsed.InvocationConfiguration.Output;
            var exercise = new NewExercise(
                parsed.GetValue(id)!,
                parsed.GetValue(level) ?? throw new UsageException("Give the exercise's level: --level N."),
                parsed.GetValue(points) ?? throw new UsageException("Give the exercise's points: --points P (0 beyond the core course)."),
                parsed.GetValue(title));
            IReadOnlyList<string> written;
            try
            {
                written = Scaffold.Add(root, exercise);
            }
            catch (ArgumentException problem)
            {
                throw new UsageException(problem.Message);
            }

            output.WriteLine($"Added {exercise.Id}:");
            foreach (var file in written)
            {
                output.WriteLine($"  {file}");
            }

            var course = CourseManifest.Load(root);
            var added = course.Exercise(exercise.Id);
            output.WriteLine($"""
                Left to write:
                  solutions/{added.File}: the reference (replace its throw).
                  tests/Suite/Level{added.Level}/{exercise.Member}Tests.cs: the first test (replace its Assert.Fail), then more.
                  exercises/{added.File}: the XML doc a learner reads; then ./losskata dev update records its blob again.
                  exercises/{added.HintsFile}, and the sections of {course.Level(added.Level).Doc} and {course.Level(added.Level).ChineseDoc}.
                  tests/Catalogue/Mistakes/Level{added.Level}/: a mistake a learner really makes (CONTRIBUTING.md, Catalogue entries).
                Then: ./losskata dev check, dotnet test --project tests/LossKata.Tests.Solutions --filter-trait "Exercise={exercise.Id}", git commit -a.
                """);
            return 0;
        }
    }

    /// <summary><c>dev check</c>: every consistency check of the repository against course.json.</summary>
    private sealed class CheckCourseCommand : LossKataCommand
    {
        private readonly Option<string?> repository = CommandOptions.Repository();

        public CheckCourseCommand()
            : base("check", "check the repository against course.json: files, stubs' blobs, doc pages, README's table, the workflow", """
                Reads the working tree, builds nothing, and takes a second or two: the manifest itself, each exercise's stub,
                hints, reference and test class, the recorded git blob and not-started message of each stub, the doc pages
                (both editions name each exercise), the catalogue's level folders, and what dev update generates. Each
                finding names the file and what to do. Exit code 0 only when nothing is out of step.
                """)
        {
            Options.Add(repository);
        }

        protected override int Execute(ParseResult parsed)
        {
            var root = Repository.Find(parsed.GetValue(repository));
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            var findings = CourseChecks.Run(root);
            if (findings.Count == 0)
            {
                output.WriteLine($"The repository is in step with {CourseManifest.RelativePath} ({CourseChecks.All.Count} checks).");
                return 0;
            }

            error.Write(CourseChecks.Describe(findings));
            error.WriteLine($"{findings.Count} finding{(findings.Count == 1 ? "" : "s")}.");
            return 1;
        }
    }

    /// <summary><c>dev update</c>: rewrites what is generated from course.json, and records the stubs' blobs.</summary>
    private sealed class UpdateCommand : LossKataCommand
    {
        private readonly Option<string?> repository = CommandOptions.Repository();

        public UpdateCommand()
            : base("update", "record each stub's git blob in course.json and regenerate README's level tables and the workflow's steps", """
                A stub changed on purpose has its blob recorded again (reset restores the recorded one): make sure
                exercises/ holds the stubs, not your own answers, before you run it.
                """)
        {
            Options.Add(repository);
        }

        protected override int Execute(ParseResult parsed)
        {
            var root = Repository.Find(parsed.GetValue(repository));
            var output = parsed.InvocationConfiguration.Output;
            var recorded = CourseManifest.Load(root);
            var course = recorded with
            {
                Exercises = [.. recorded.Exercises.Select(e => File.Exists(Path.Combine(root, "exercises", e.File))
                    ? e with { Stub = ShippedStubs.BlobId(File.ReadAllBytes(Path.Combine(root, "exercises", e.File))) }
                    : e)],
            };
            foreach (var changed in course.Exercises.Zip(recorded.Exercises).Where(pair => pair.First.Stub != pair.Second.Stub))
            {
                output.WriteLine($"Recorded the blob of exercises/{changed.First.File}: {changed.First.Stub}.");
            }

            var written = Generated.Update(root, course);
            output.WriteLine(written.Count == 0 ? "Everything generated was up to date." : $"Rewrote {string.Join(", ", written)}.");
            return 0;
        }
    }
}
