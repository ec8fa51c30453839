using LossKata.Course;
using LossKata.Grading;

namespace LossKata.Grading.Tests;

/// <summary>
/// One <see cref="SuiteRunner"/> for the grading tests of a collection (the suite is built once, results are cached), the
/// repository's catalogue, a scratch folder for submissions, and the reference submission graded first so that
/// every level's reference run is cached before tests with short time limits start.
/// </summary>
public sealed class GradingFixture : IDisposable
{
    public GradingFixture()
    {
        Root = Repository.Find();
        Runner = SuiteRunner.Create(Root);
        Course = Runner.Course;
        Grader = new Grader(Runner);
        Scratch = Directory.CreateTempSubdirectory("losskata-grading-tests-").FullName;
        ReferenceGrade = Grader.Grade(Submission.Load(Path.Combine(Root, "solutions"), Course, "reference"), Options);
        GradedLevels = ReferenceGrade.Levels.Where(l => l.Outcome != LevelOutcome.NotGraded).Select(l => l.Level).ToList();
    }

    /// <summary>A generous time limit: the tests share the machine with other builds, and only the infinite-loop
    /// test is about time (it sets its own short limit).</summary>
    public static GradingOptions Options { get; } = new(TimeSpan.FromSeconds(180));

    public string Root { get; }

    public SuiteRunner Runner { get; }

    public CourseManifest Course { get; }

    public Grader Grader { get; }

    public string Scratch { get; }

    public SubmissionGrade ReferenceGrade { get; }

    /// <summary>The levels this repository can grade (those with reference solutions and tests).</summary>
    public IReadOnlyList<int> GradedLevels { get; }

    /// <summary>A submission folder laid out like exercises/: every exercise file from <paramref name="source"/>
    /// (solutions or exercises), then the given files replaced.</summary>
    public string MakeSubmission(string name, string source, IReadOnlyDictionary<string, string>? replacements = null)
    {
        var folder = Path.Combine(Scratch, name);
        foreach (var exercise in Course.Exercises)
        {
            var from = Path.Combine(Root, source, exercise.File);
            if (File.Exists(from))
            {
                var to = Path.Combine(folder, exercise.File);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(from, to, overwrite: true);
            }
        }

        foreach (var (file, text) in replacements ?? new Dictionary<string, string>())
        {
            var to = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.WriteAllText(to, text);
        }

        return folder;
    }

    /// <summary>A folder laid out like the repository with exercises/ holding every exercise file as shipped (from
    /// git, by the blob ids of course.json), whatever the working tree's exercises/ holds.</summary>
    public string MakeRepositoryWithShippedStubs(string name)
    {
        var folder = Path.Combine(Scratch, name);
        foreach (var exercise in Course.Exercises)
        {
            var (stub, problem) = ShippedStubs.Read(Root, exercise);
            var to = Path.Combine(folder, "exercises", exercise.File);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.WriteAllBytes(to, stub ?? throw new InvalidOperationException(problem));
        }

        return folder;
    }

    public string Solution(string exerciseFile) => File.ReadAllText(Path.Combine(Root, "solutions", exerciseFile));

    /// <summary>The reference solution of an exercise with <paramref name="statement"/> inserted as the first statement
    /// of the method whose declaration starts with <paramref name="signature"/> (e.g. "public static double Entropy(").</summary>
    public string SolutionWithFirstStatement(string exerciseFile, string signature, string statement)
    {
        var source = Solution(exerciseFile);
        var at = source.IndexOf(signature, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, "solutions/{0} declares {1}", exerciseFile, signature);
        var body = source.IndexOf('{', at) + 1;
        return source[..body] + "\n        " + statement + source[body..];
    }

    /// <summary>The reference solution of an exercise with one piece of text replaced (which must be there).</summary>
    public string SolutionWith(string exerciseFile, string text, string replacement)
    {
        var source = Solution(exerciseFile);
        source.Should().Contain(text, "solutions/{0} is the starting point of this case", exerciseFile);
        return source.Replace(text, replacement, StringComparison.Ordinal);
    }

    /// <summary>Grades a copy of the reference with the given files replaced or added (paths relative to exercises/).</summary>
    public SubmissionGrade GradeReferenceWith(string name, IReadOnlyDictionary<string, string> replacements, GradingOptions? options = null) =>
        Grader.Grade(Submission.Load(MakeSubmission(name, "solutions", replacements), Course), options ?? Options);

    public static ExerciseGrade Exercise(SubmissionGrade grade, string id) =>
        grade.Levels.SelectMany(l => l.Exercises).Single(e => e.Id == id);

    /// <summary>Every graded exercise other than <paramref name="charged"/> keeps every point: passed, full points,
    /// no problem reported. This is the fairness the grader promises.</summary>
    public void ShouldCostNothingBut(SubmissionGrade grade, params string[] charged)
    {
        var graded = grade.Levels.Where(l => l.Outcome == LevelOutcome.Completed).SelectMany(l => l.Exercises).ToList();
        graded.Select(e => e.Id).Should().BeEquivalentTo(
            ReferenceGrade.Levels.Where(l => l.Outcome == LevelOutcome.Completed).SelectMany(l => l.Exercises).Select(e => e.Id),
            "every level the reference is graded on is graded");
        foreach (var exercise in graded.Where(e => !charged.Contains(e.Id)))
        {
            exercise.State.Should().Be(ExerciseState.Passed, "{0} is correct; only {1} may lose points ({2})", exercise.Id, string.Join(", ", charged), exercise.Problem ?? FirstFailure(exercise));
            exercise.Points.Should().Be(exercise.MaxPoints, "{0} keeps every point", exercise.Id);
        }

        grade.Points.Should().Be(ReferenceGrade.MaxPoints - charged.Sum(id => Exercise(ReferenceGrade, id).MaxPoints) + charged.Sum(id => Exercise(grade, id).Points));
    }

    private static string FirstFailure(ExerciseGrade exercise) =>
        exercise.Failures.Count == 0 ? "no failure" : $"{exercise.Failures[0].Name}: {exercise.Failures[0].Message}";

    /// <summary>The 1-based line of <paramref name="source"/> that first contains <paramref name="text"/>: the line a
    /// refusal or an error must name.</summary>
    public static int LineOf(string source, string text) =>
        source.Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;

    /// <summary>The given exercise files (paths relative to exercises/), the reference for every other.</summary>
    public static ImplementationVariant Variant(params (string File, string Source)[] files) =>
        new(files.ToDictionary(file => file.File, file => file.Source));

    /// <summary>Information.Entropy's tests run against <paramref name="files"/> (see <see cref="Variant"/>).</summary>
    public RunResult RunEntropyTests(params (string File, string Source)[] files) =>
        Runner.Run(Variant(files), new RunFilter(ExerciseId: "Information.Entropy"), Options.TimeLimit);

    public int MaxPointsOf(int level) => ReferenceGrade.Levels.Single(l => l.Level == level).MaxPoints;

    public void Dispose()
    {
        Runner.Dispose();
        Directory.Delete(Scratch, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class GradingCollection : ICollectionFixture<GradingFixture>
{
    public const string Name = "Grading";
}

/// <summary>The tests that grade whole classes or many whole submissions, run beside <see cref="GradingCollection"/>
/// so that the project's long tests use both cores. It has a fixture of its own: the suite's build is shared on disk
/// (under a lock) and the reference's runs are answered from the cache, while each collection counts the runs of its
/// own <see cref="SuiteRunner"/>.</summary>
[CollectionDefinition(Name)]
public sealed class WholeSubmissionsCollection : ICollectionFixture<GradingFixture>
{
    public const string Name = "Whole submissions";
}
