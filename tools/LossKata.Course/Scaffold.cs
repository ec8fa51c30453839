using System.Text.RegularExpressions;

namespace LossKata.Course;

/// <summary>What <c>dev new</c> asks for: the exercise's id (<c>Class.Member</c>), its level, points and title.</summary>
public sealed record NewExercise(string Id, int Level, int Points, string? Title = null)
{
    /// <summary>The static class the member belongs to (<c>Losses</c> of <c>Losses.HingeLoss</c>).</summary>
    public string Class => Id[..Id.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>The member a learner implements (<c>HingeLoss</c>).</summary>
    public string Member => Id[(Id.IndexOf('.', StringComparison.Ordinal) + 1)..];

    /// <summary>The title given, or the member's name in words (<c>HingeLoss</c> → <c>Hinge loss</c>).</summary>
    public string Heading => Title ?? Words(Member);

    private static string Words(string name)
    {
        var words = Regex.Split(name, "(?<=[a-z0-9])(?=[A-Z])");
        return string.Join(' ', words.Select((word, index) => index == 0 ? word : word.ToLowerInvariant()));
    }
}

/// <summary>
/// Adds an exercise to a function level in one step, the way every exercise of the course is built: the stub (its XML
/// doc skeleton, its Guard check, the not-started exception), the reference, a test class with <c>[Exercise]</c>, a
/// <c>[Probe]</c>, the bad inputs it must reject and a first test still to write, a hints file, a section in the
/// level's doc page in both editions, and its entry in course.json with the stub's git blob. The new files are added
/// to git's index, so one <c>git commit -a</c> records the whole exercise.
/// </summary>
public static partial class Scaffold
{
    /// <summary>Writes the exercise; the files written or changed, relative to the root. Throws
    /// <see cref="ArgumentException"/> naming the argument when the exercise cannot be added as asked.</summary>
    public static IReadOnlyList<string> Add(string root, NewExercise exercise)
    {
        var course = CourseManifest.Load(root);
        var level = Validate(root, course, exercise);
        var file = $"{level.Folder}/{exercise.Member}.cs";
        var written = new List<string>
        {
            Write(root, "exercises/" + file, Stub(exercise, level, file)),
            Write(root, "solutions/" + file, Reference(exercise, file)),
            Write(root, $"tests/Suite/Level{level.Level}/{exercise.Member}Tests.cs", Tests(exercise, level)),
            Write(root, "exercises/" + Path.ChangeExtension(file, null) + ".hints.md", Hints(exercise)),
        };
        Git.Output(root, ["add", "--", .. written]);

        var place = Headings(File.ReadAllLines(Path.Combine(root, level.Doc))).FindIndex(h => h.Text is "## Common mistakes" or "## Recap");
        AddSection(root, level.Doc, EnglishSection(exercise, file), place);
        AddSection(root, level.ChineseDoc, ChineseSection(exercise, file), place);
        written.Add(level.Doc);
        written.Add(level.ChineseDoc);

        var blob = Git.Output(root, "hash-object", "exercises/" + file);
        var entry = new CourseExercise(exercise.Id, level.Level, file, exercise.Points, blob);
        var last = course.Exercises.ToList().FindLastIndex(e => e.Level <= level.Level);
        var exercises = course.Exercises.ToList();
        exercises.Insert(last + 1, entry);
        var updated = course with { Exercises = exercises };
        File.WriteAllText(Path.Combine(root, CourseManifest.RelativePath), updated.ToJson());
        written.Add(CourseManifest.RelativePath);
        written.AddRange(Generated.Update(root, updated).Where(f => !written.Contains(f)));
        return written;
    }

    private static CourseLevel Validate(string root, CourseManifest course, NewExercise exercise)
    {
        if (!Identifier().IsMatch(exercise.Id))
        {
            throw new ArgumentException($"'{exercise.Id}' is not a Class.Member id such as Losses.HingeLoss: the class a learner's method goes in, then the method.", nameof(exercise));
        }

        if (course.Exercises.Any(e => string.Equals(e.Id, exercise.Id, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"{exercise.Id} is already an exercise of {CourseManifest.RelativePath}.", nameof(exercise));
        }

        var level = course.Levels.FirstOrDefault(l => l.Level == exercise.Level)
            ?? throw new ArgumentException($"Level {exercise.Level} is not listed in {CourseManifest.RelativePath}: add the level (title, kind, folder, doc pages) there first.", nameof(exercise));
        if (level.Kind != ExerciseKind.Function)
        {
            throw new ArgumentException($"Level {level.Level} is a {level.Kind.ToString().ToLowerInvariant()} level; dev new scaffolds function exercises (a pure function of its arguments). Write a network exercise's files by hand, as CONTRIBUTING.md says.", nameof(exercise));
        }

        if (exercise.Points < 0)
        {
            throw new ArgumentException($"Points are 0 or more, not {exercise.Points}.", nameof(exercise));
        }

        foreach (var existing in new[] { "exercises", "solutions" }.Select(folder => $"{folder}/{level.Folder}/{exercise.Member}.cs"))
        {
            if (File.Exists(Path.Combine(root, existing)))
            {
                throw new ArgumentException($"{existing} already exists; choose another name or remove it.", nameof(exercise));
            }
        }

        return level;
    }

    private static string Write(string root, string file, string text)
    {
        var path = Path.Combine(root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return file;
    }

    /// <summary>Inserts the section before the page's <paramref name="place"/>-th <c>## </c> section — the English
    /// page's "Common mistakes", so that the Chinese edition, whose sections match the English ones, gets it at the
    /// same place — or at the end.</summary>
    private static void AddSection(string root, string file, string section, int place)
    {
        var before = place;
        var path = Path.Combine(root, file);
        var lines = File.ReadAllLines(path).ToList();
        var headings = Headings(lines);
        var at = before >= 0 && before < headings.Count ? headings[before].Line : lines.Count;
        lines.InsertRange(at, [.. section.TrimEnd('\n').Split('\n'), ""]);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    /// <summary>The page's <c>## </c> headings outside fenced code, with their line indices.</summary>
    private static List<(int Line, string Text)> Headings(IReadOnlyList<string> lines)
    {
        var headings = new List<(int, string)>();
        var fenced = false;
        for (var index = 0; index < lines.Count; index++)
        {
            if (lines[index].StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced && lines[index].StartsWith("## ", StringComparison.Ordinal))
            {
                headings.Add((index, lines[index].TrimEnd()));
            }
        }

        return headings;
    }

    private static string Stub(NewExercise exercise, CourseLevel level, string file) => $$"""
        namespace LossKata;

        public static partial class {{exercise.Class}}
        {
            /// <summary>
            /// Level {{level.Level}} — {{exercise.Heading}}: what it computes, as the PyTorch function it mirrors, and its edge cases.
            /// <para>Bad input: <c>Guard.NotEmptyNoNaN(values, nameof(values))</c>.</para>
            /// Read {{level.Doc}}, then run: <c>dotnet test --project tests/LossKata.Tests.Exercises --filter-trait "Level={{level.Level}}"</c>
            /// </summary>
            /// <param name="values">The values it reads: their shape and meaning.</param>
            public static double {{exercise.Member}}(Vector<double> values)
            {
                throw new NotImplementedException("not started: implement {{exercise.Id}} in exercises/{{file}}");
            }
        }

        """;

    private static string Reference(NewExercise exercise, string file) => $$"""
        namespace LossKata;

        public static partial class {{exercise.Class}}
        {
            /// <summary>
            /// {{exercise.Heading}}: what it computes, as the PyTorch function it mirrors.
            /// </summary>
            /// <param name="values">The values it reads.</param>
            public static double {{exercise.Member}}(Vector<double> values)
            {
                Guard.NotEmptyNoNaN(values, nameof(values));
                throw new NotImplementedException("write the reference of {{exercise.Id}} in solutions/{{file}}");
            }
        }

        """;

    private static string Tests(NewExercise exercise, CourseLevel level) => $$"""
        using static LossKata.Tests.Numbers;

        namespace LossKata.Tests.Level{{level.Level}};

        [Exercise("{{exercise.Id}}")]
        public sealed class {{exercise.Member}}Tests
        {
            private static readonly Dictionary<string, (Vector<double>? Values, Rejection Rejection)> BadInput = new()
            {
                ["values are null"] = (null, GuardChecks.NotEmptyNoNaN("values", (Vector<double>?)null)),
                ["no values"] = (V(), GuardChecks.NotEmptyNoNaN("values", V(), "values is empty; it needs at least one element.")),
                ["a NaN"] = (V(1.0, double.NaN), GuardChecks.NotEmptyNoNaN("values", V(1.0, double.NaN), "values[1] is NaN.")),
            };

            [Probe("{{exercise.Id}}")]
            internal static void Probe() => {{exercise.Class}}.{{exercise.Member}}(V(0.5, 2.0));

            [RejectionsOf("{{exercise.Id}}")]
            public static IEnumerable<Rejection> Rejections => BadInput.Values.Select(bad => bad.Rejection);

            public static TheoryData<string> Problems => [.. BadInput.Keys];

            [Fact]
            public void Matches_a_value_worked_out_by_hand()
            {
                Assert.Fail("Write the first test: a value worked out by hand and why it is right, e.g. {{exercise.Class}}.{{exercise.Member}}(V(0.5, 2.0)).ShouldBeCloseTo(expected, \"because\").");
            }

            [Theory]
            [MemberData(nameof(Problems))]
            public void Bad_input_is_rejected(string problem)
            {
                var (values, rejection) = BadInput[problem];
                rejection.ShouldBeThrownBy(
                    $"{{exercise.Id}}(values = {(values is null ? "null" : Show(values))}) ({problem})", () => {{exercise.Class}}.{{exercise.Member}}(values!));
            }
        }

        """;

    private static string Hints(NewExercise exercise) => $"""
        # Hints: {exercise.Id}

        ## Checks
        Call `Guard.NotEmptyNoNaN(values, nameof(values))` first, so that bad input is rejected before any arithmetic.

        ## The formula
        Write the formula of the doc page's section on {exercise.Heading.ToLowerInvariant()} term by term, then sum the terms.

        """;

    private static string EnglishSection(NewExercise exercise, string file) => $"""
        ## {exercise.Heading}

        `{exercise.Id}` in [{exercise.Member}.cs](../exercises/{file}): the idea, a worked example with its numbers, and the
        mistake a learner makes.
        """;

    private static string ChineseSection(NewExercise exercise, string file) => $"""
        ## {exercise.Heading}

        在 [{exercise.Member}.cs](../../exercises/{file}) 中实现 `{exercise.Id}`：思路、带数字的算例，以及学习者常犯的错误。
        """;

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*\.[A-Z][A-Za-z0-9]*$")]
    private static partial Regex Identifier();
}
