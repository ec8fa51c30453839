using System.Text.RegularExpressions;

namespace LossKata.Docs.Tests;

/// <summary>
/// Keeps two editions of a page in step. Both are cut into sections at their headings, which must match in number,
/// order and level; then, section by section, they must hold the same formulas (every <c>```math</c> display and
/// every <c>$`…`$</c>, character for character), the same numbers (written in digits in prose, tables and inline
/// code — thousands separators ignored — outside formulas, link targets and fenced code), the same links and
/// figures (resolved to the file they lead to, a link to either edition of a page counting as that page, and a
/// <c>#fragment</c> as the index of the heading it names) and the same number of folded <c>&lt;details&gt;</c>.
/// The order within a section is free, since the two languages order a sentence differently.
/// </summary>
public sealed partial class EditionParity(string root)
{
    private readonly Dictionary<string, IReadOnlyList<Heading>> headingsByPage = new(StringComparer.Ordinal);

    /// <summary>What one edition has that the other lacks, section by section; empty when they agree.</summary>
    public IEnumerable<Finding> Differences(MarkdownFile english, MarkdownFile chinese)
    {
        var left = Sections(english);
        var right = Sections(chinese);
        var shape = left.Select(section => section.Level).ToList();
        if (!shape.SequenceEqual(right.Select(section => section.Level)))
        {
            yield return new Finding(chinese.Name, 1,
                $"its headings ({Outline(right)}) do not match {english.Name}'s ({Outline(left)}): the same sections, in the same order and at the same levels");
            yield break;
        }

        for (var index = 0; index < left.Count; index++)
        {
            foreach (var (kind, english_, chinese_) in new[]
                     {
                         ("formula", left[index].Formulas, right[index].Formulas),
                         ("number", left[index].Numbers, right[index].Numbers),
                         ("link or figure", left[index].Links, right[index].Links),
                         ("folded <details> block", left[index].Details, right[index].Details),
                     })
            {
                foreach (var missing in Except(english_, chinese_))
                {
                    yield return new Finding(chinese.Name, right[index].Line,
                        $"section “{right[index].Title}” lacks the {kind} {missing} of {english.Name}'s section “{left[index].Title}” (line {left[index].Line})");
                }

                foreach (var extra in Except(chinese_, english_))
                {
                    yield return new Finding(english.Name, left[index].Line,
                        $"section “{left[index].Title}” lacks the {kind} {extra} of {chinese.Name}'s section “{right[index].Title}” (line {right[index].Line})");
                }
            }
        }
    }

    /// <summary>Whether a page links to the page given (with or without a fragment).</summary>
    public bool LinksTo(MarkdownFile page, string target) =>
        page.Blocks.SelectMany(RelativeLinks.Targets)
            .Any(link => ResolvedPath(page.Name, link.Destination) == target);

    internal IReadOnlyList<Section> Sections(MarkdownFile file)
    {
        var headings = Anchors.Headings(file);
        var sections = new List<Section> { new(0, 0, "(before the first heading)") };
        sections.AddRange(headings.Select(heading => new Section(heading.Line, heading.Level, heading.Title)));
        Section At(int line) => sections.Last(section => section.Line <= line);

        foreach (var fence in file.Fences.Where(fence => fence.Info == "math"))
        {
            At(fence.FirstLine).Formulas.Add(Quote(fence.Content.Trim()));
        }

        foreach (var block in file.Blocks)
        {
            foreach (Match maths in InlineMaths().Matches(block.Text))
            {
                At(block.LineOf(maths.Index)).Formulas.Add(Quote(maths.Groups["maths"].Value));
            }

            foreach (var (line, destination) in RelativeLinks.Targets(block))
            {
                At(line).Links.Add(Canonical(file.Name, destination));
            }

            foreach (Match details in DetailsTag().Matches(block.Masked))
            {
                At(block.LineOf(details.Index)).Details.Add("<details>");
            }

            var prose = Prose(block.Text);
            foreach (Match number in Number().Matches(prose))
            {
                At(block.LineOf(number.Index)).Numbers.Add(number.Value.Replace(",", "", StringComparison.Ordinal));
            }
        }

        return sections.Where(section => section.Level > 0 || !section.IsEmpty).ToList();
    }

    /// <summary>A block's text with what the number check leaves out blanked, keeping every offset: formulas,
    /// link targets and HTML tags.</summary>
    private static string Prose(string text)
    {
        var blanked = InlineMaths().Replace(text, match => new string(' ', match.Length));
        blanked = LinkTarget().Replace(blanked, match => "]" + new string(' ', match.Length - 1));
        return HtmlTag().Replace(blanked, match => new string(' ', match.Length));
    }

    /// <summary>A link as both editions must agree on it: an external address as written; a relative one as the
    /// repository path it leads to (either edition of a page counting as its English one), with a fragment as
    /// the index of the heading it names.</summary>
    private string Canonical(string fileName, string destination)
    {
        var path = ResolvedPath(fileName, destination);
        if (path is null)
        {
            return destination;
        }

        var hash = destination.IndexOf('#', StringComparison.Ordinal);
        var canonical = Editions.Canonical(path);
        if (hash < 0)
        {
            return canonical;
        }

        var fragment = Uri.UnescapeDataString(destination[(hash + 1)..]).ToLowerInvariant();
        var headings = HeadingsOf(path);
        var index = headings?.ToList().FindIndex(heading => heading.Slug == fragment) ?? -1;
        return index < 0 ? $"{canonical}#{fragment}" : $"{canonical}#heading {index + 1}";
    }

    /// <summary>The repository path (with <c>/</c>) a relative link leads to, or null for an external address.</summary>
    private string? ResolvedPath(string fileName, string destination)
    {
        var full = RelativeLinks.Resolve(root, fileName, destination);
        return full is null ? null : Path.GetRelativePath(root, full).Replace('\\', '/');
    }

    private IReadOnlyList<Heading>? HeadingsOf(string path)
    {
        var full = Path.Combine(root, path);
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !File.Exists(full))
        {
            return null;
        }

        if (!headingsByPage.TryGetValue(path, out var headings))
        {
            headings = Anchors.Headings(MarkdownFile.Parse(path, File.ReadAllText(full)));
            headingsByPage[path] = headings;
        }

        return headings;
    }

    private static IEnumerable<string> Except(List<string> these, List<string> those)
    {
        var remaining = those.GroupBy(item => item, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        foreach (var item in these)
        {
            if (remaining.TryGetValue(item, out var count) && count > 0)
            {
                remaining[item] = count - 1;
            }
            else
            {
                yield return item;
            }
        }
    }

    private static string Quote(string formula) => $"`{formula.ReplaceLineEndings(" ")}`";

    private static string Outline(IEnumerable<Section> sections) =>
        string.Join(", ", sections.Where(section => section.Level > 0).Select(section => $"{new string('#', section.Level)} {section.Title}"));

    [GeneratedRegex(@"\$`(?<maths>[^`]*)`\$")]
    private static partial Regex InlineMaths();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.])\d+(?:,\d{3})*(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"\]\([^)\s]*(?:\s+""[^""]*"")?\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"<[a-zA-Z/][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<details\b", RegexOptions.IgnoreCase)]
    private static partial Regex DetailsTag();

    /// <summary>A heading and what its section holds.</summary>
    internal sealed record Section(int Line, int Level, string Title)
    {
        public List<string> Formulas { get; } = [];

        public List<string> Numbers { get; } = [];

        public List<string> Links { get; } = [];

        public List<string> Details { get; } = [];

        public bool IsEmpty => Formulas.Count + Numbers.Count + Links.Count + Details.Count == 0;
    }
}
