using System.Collections.Concurrent;
using LossKata.Course;
using LossKata.Grading;

[assembly: AssemblyFixture(typeof(LossKata.Catalogue.Tests.SuiteFixture))]

namespace LossKata.Catalogue.Tests;

/// <summary>One <see cref="SuiteRunner"/> for the whole run: it builds the suite once, when a test first runs an entry,
/// then compiles and runs each catalogue entry against it. Tests that only read the catalogue never build it.</summary>
public sealed class SuiteFixture : IDisposable
{
    /// <summary>Generous: one exercise's tests take a second or two; only an entry that hangs comes near this.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(2);

    private readonly Lazy<SuiteRunner> runner;

    public SuiteFixture()
    {
        RepositoryRoot = Repository.Find();
        runner = new Lazy<SuiteRunner>(() => SuiteRunner.Create(RepositoryRoot));
        Reference = ImplementationVariant.Reference(RepositoryRoot);
    }

    public string RepositoryRoot { get; }

    public SuiteRunner Runner => runner.Value;

    public ImplementationVariant Reference { get; }

    /// <summary>Grades, as <c>grade</c> grades a learner, a whole submission: the reference solution with the entry's
    /// file in place of its exercise's.</summary>
    public SubmissionGrade GradeReferenceWith(CatalogueEntry entry, TimeSpan timeLimit)
    {
        var folder = Path.Combine(Path.GetTempPath(), "losskata-catalogue-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var (file, source) in Reference.Files)
            {
                var path = Path.Combine(folder, "exercises", file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file == entry.Replaces ? entry.Source : source);
            }

            return new Grader(Runner).Grade(Submission.Load(folder, Runner.Course, entry.Path), new GradingOptions(timeLimit));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What a learner reads first for each mistake (the first failure, in <see cref="FailureOrder"/>) and
    /// whether it names the mistake, written to artifacts/catalogue/messages.md when the run ends with a count per
    /// level, for maintainers reviewing the messages (docs/test-strength.md).</summary>
    public ConcurrentDictionary<string, string> MessagesSeen { get; } = new();

    public void Dispose()
    {
        if (runner.IsValueCreated)
        {
            runner.Value.Dispose();
        }

        if (MessagesSeen.IsEmpty)
        {
            return;
        }

        var report = Path.Combine(RepositoryRoot, "artifacts", "catalogue", "messages.md");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        var levels = MessagesSeen
            .GroupBy(pair => pair.Key.Split('/')[1], StringComparer.Ordinal)
            .OrderBy(level => level.Key, StringComparer.Ordinal)
            .Select(level => $"- {level.Key}: {level.Count(pair => pair.Value.StartsWith("named", StringComparison.Ordinal))} of {level.Count()} named by the first failure");
        File.WriteAllLines(report, [
            "# What a learner reads first for each mistake of tests/Catalogue",
            "",
            .. levels,
            "",
            .. MessagesSeen.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"- `{pair.Key}`: {pair.Value}"),
        ]);
    }
}
