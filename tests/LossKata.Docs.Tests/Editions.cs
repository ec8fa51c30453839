using LossKata.Course;

namespace LossKata.Docs.Tests;

/// <summary>
/// The learner pages and their two editions: English (README.md, docs/*.md) and Chinese (README.zh-CN.md,
/// docs/zh-CN/*.md). Instructors' and maintainers' pages (grading, performance, test strength) are English only.
/// </summary>
public static class Editions
{
    private const string ChineseFolder = "docs/zh-CN/";
    private const string ChineseReadme = "README.zh-CN.md";

    /// <summary>Every learner page of the English edition, as a path under the repository root: README, the level
    /// pages (as course.json lists them), the learner tools and the page for readers of the tutorial.</summary>
    public static IReadOnlyList<string> EnglishLearnerPages(string root) =>
        new[] { "README.md", "docs/learner-tools.md", "docs/from-the-tutorial.md" }
            .Concat(LevelPages(root))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The English level pages, in level order.</summary>
    public static IReadOnlyList<string> LevelPages(string root) =>
        CourseManifest.Load(root).Levels.OrderBy(level => level.Level).Select(level => level.Doc).ToList();

    /// <summary>The Chinese twin of an English learner page.</summary>
    public static string ChineseTwinOf(string englishPage) =>
        englishPage == "README.md" ? ChineseReadme : ChineseFolder + englishPage["docs/".Length..];

    /// <summary>The page both editions are compared by: a Chinese page's English twin, any other page itself.</summary>
    public static string Canonical(string page) =>
        page == ChineseReadme ? "README.md"
        : page.StartsWith(ChineseFolder, StringComparison.Ordinal) ? "docs/" + page[ChineseFolder.Length..]
        : page;
}
