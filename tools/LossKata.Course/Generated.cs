using System.Text;

namespace LossKata.Course;

/// <summary>One file, or one part of a file, written from course.json: what it must hold now, and how to put that in
/// place in the file's committed text (the parts around it are the maintainers' own).</summary>
/// <param name="File">The file, relative to the repository's root.</param>
/// <param name="What">What is generated, as a maintainer would name it ("the level table").</param>
/// <param name="Update">The file's text with the generated part rewritten, or null when the file has no place for it
/// (its marker line is gone).</param>
public sealed record GeneratedPart(string File, string What, Func<string, string?> Update);

/// <summary>
/// Everything that is written from course.json rather than by hand: course.json itself in the form <c>dev new</c>
/// writes, README's level table in both editions and the Classroom workflow's per-level steps. A marker line (an
/// HTML comment in Markdown, a YAML comment in the workflow) says where the generated part starts; README's table
/// runs to the first line that does not start with <c>|</c>, the workflow's steps to the end of the file.
/// </summary>
public static class Generated
{
    public const string ReadmeMarker = "<!-- The table below is generated from course.json by ./losskata dev update: edit course.json, not the table. -->";

    public const string WorkflowMarker = "      # Generated from course.json by ./losskata dev update: one step per level, then the reporter. Edit course.json, not these steps.";

    public const string Workflow = ".github/workflows/classroom.yml";

    /// <summary>The generated parts of the repository, in the order <c>dev update</c> writes them.</summary>
    public static IReadOnlyList<GeneratedPart> Parts(CourseManifest course) =>
    [
        new(CourseManifest.RelativePath, "its one-line-per-entry form", _ => course.ToJson()),
        new("README.md", "the level table", text => ReplaceTable(text, LevelTable(course, english: true))),
        new("README.zh-CN.md", "the level table", text => ReplaceTable(text, LevelTable(course, english: false))),
        new(Workflow, "the per-level grading steps", text => ReplaceTail(text, WorkflowSteps(course))),
    ];

    /// <summary>README's table of levels: number, title, doc page (the edition's own), exercise folder and tests.</summary>
    public static string LevelTable(CourseManifest course, bool english)
    {
        var table = new StringBuilder(english
            ? "| Level | Topic | Doc | Exercise files | Tests |\n"
            : "| 级 | 主题 | 文档 | 练习文件 | 测试 |\n");
        table.Append("|---|---|---|---|---|\n");
        foreach (var level in course.Levels.OrderBy(l => l.Level))
        {
            var doc = english ? level.Doc : level.ChineseDoc;
            table.Append($"| {level.Level} | {(english ? level.Title : level.ChineseTitle)} | [{Path.GetFileName(doc)}]({doc}) | ")
                .Append($"[{level.Folder}](exercises/{level.Folder}) | [Level{level.Level}](tests/Suite/Level{level.Level}) |\n");
        }

        return table.ToString();
    }

    /// <summary>The workflow's steps after its marker: one grading step per level (each graded on its own, reported as
    /// one Classroom runner), then the reporter that gathers them.</summary>
    public static string WorkflowSteps(CourseManifest course)
    {
        var levels = course.Levels.OrderBy(l => l.Level).ToList();
        var steps = new StringBuilder();
        foreach (var level in levels)
        {
            steps.Append($"      - name: \"Level {level.Level}: {level.Title.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n")
                .Append($"        id: level{level.Level}\n")
                .Append($"        run: echo \"result=$($GRADER --level {level.Level} | base64 -w 0)\" >> \"$GITHUB_OUTPUT\"\n");
        }

        steps.Append("      - name: Autograding Reporter\n")
            .Append("        uses: classroom-resources/autograding-grading-reporter@v1\n")
            .Append("        env:\n");
        foreach (var level in levels)
        {
            steps.Append($"          LEVEL{level.Level}_RESULTS: \"${{{{ steps.level{level.Level}.outputs.result }}}}\"\n");
        }

        steps.Append("        with:\n")
            .Append($"          runners: {string.Join(',', levels.Select(l => $"level{l.Level}"))}\n");
        return steps.ToString();
    }

    /// <summary>Writes every generated part that is stale; the files rewritten, relative to the root.</summary>
    public static IReadOnlyList<string> Update(string root, CourseManifest course)
    {
        var written = new List<string>();
        foreach (var part in Parts(course))
        {
            var path = Path.Combine(root, part.File);
            var text = File.ReadAllText(path);
            var updated = part.Update(text)
                ?? throw new InvalidDataException($"{part.File} has no marker for {part.What}; put the line the other files have back (see {nameof(Generated)} in tools/LossKata.Course).");
            if (updated != text)
            {
                File.WriteAllText(path, updated);
                written.Add(part.File);
            }
        }

        return written;
    }

    private static string? ReplaceTable(string text, string table)
    {
        var lines = text.Split('\n').ToList();
        var marker = lines.IndexOf(ReadmeMarker);
        if (marker < 0)
        {
            return null;
        }

        var end = marker + 1;
        while (end < lines.Count && lines[end].StartsWith('|'))
        {
            end++;
        }

        lines.RemoveRange(marker + 1, end - marker - 1);
        lines.InsertRange(marker + 1, table.TrimEnd('\n').Split('\n'));
        return string.Join('\n', lines);
    }

    private static string? ReplaceTail(string text, string tail)
    {
        var marker = text.IndexOf(WorkflowMarker + "\n", StringComparison.Ordinal);
        return marker < 0 ? null : text[..(marker + WorkflowMarker.Length + 1)] + tail;
    }
}
