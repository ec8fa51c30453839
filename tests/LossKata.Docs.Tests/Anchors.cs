using System.Text;
using System.Text.RegularExpressions;

namespace LossKata.Docs.Tests;

/// <summary>
/// The fragments a Markdown file answers to on GitHub: a slug per heading (lower case, punctuation dropped, each
/// space a hyphen; a repeated slug gets <c>-1</c>, <c>-2</c>, …) and every HTML <c>id</c> or <c>name</c>.
/// A heading with maths or HTML has a slug this class cannot be sure of, so such a file accepts any fragment
/// rather than report a false alarm.
/// </summary>
internal sealed partial class Anchors
{
    private readonly HashSet<string> names;
    private readonly bool uncertain;

    private Anchors(HashSet<string> names, bool uncertain)
    {
        this.names = names;
        this.uncertain = uncertain;
    }

    public IEnumerable<string> Names => names.Order(StringComparer.Ordinal);

    public bool Accepts(string fragment) => uncertain || names.Contains(fragment.ToLowerInvariant());

    public static Anchors Of(MarkdownFile file)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var uncertain = false;
        foreach (var heading in Headings(file))
        {
            uncertain |= heading.Title.Contains('$', StringComparison.Ordinal) || heading.Title.Contains('<', StringComparison.Ordinal);
            names.Add(heading.Slug);
        }

        foreach (var block in file.Blocks)
        {
            foreach (Match match in HtmlAnchor().Matches(block.Masked))
            {
                names.Add(match.Groups["name"].Value.ToLowerInvariant());
            }
        }

        return new Anchors(names, uncertain);
    }

    /// <summary>The headings of a file in order, each with its level (the number of <c>#</c>), its line and its
    /// unique slug (a repeated slug gets <c>-1</c>, <c>-2</c>, …).</summary>
    internal static IReadOnlyList<Heading> Headings(MarkdownFile file)
    {
        var headings = new List<Heading>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in file.Blocks)
        {
            var lines = block.Text.Split('\n');
            for (var index = 0; index < lines.Length; index++)
            {
                var match = HeadingLine().Match(lines[index]);
                if (match.Success)
                {
                    var title = match.Groups["title"].Value;
                    var slug = Slug(title);
                    var unique = slug;
                    for (var repeat = 1; slugs.Contains(unique); repeat++)
                    {
                        unique = $"{slug}-{repeat}";
                    }

                    slugs.Add(unique);
                    headings.Add(new Heading(block.FirstLine + index, match.Groups["hashes"].Length, title, unique));
                }
            }
        }

        return headings;
    }

    /// <summary>GitHub's slug of a heading: the rendered text (links and emphasis reduced to their words) in lower
    /// case, letters, digits, <c>_</c> and <c>-</c> kept, every space a hyphen, everything else dropped.</summary>
    internal static string Slug(string title)
    {
        var text = LinkSyntax().Replace(title, "${text}").Replace("`", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal);
        var slug = new StringBuilder();
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '_' or '-')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    [GeneratedRegex(@"^ {0,3}(?<hashes>#{1,6})[ \t]+(?<title>.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkSyntax();

    [GeneratedRegex(@"<[a-z][a-z0-9]*\b[^>]*?\b(?:id|name)\s*=\s*""(?<name>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAnchor();
}

/// <summary>A heading of a Markdown file: its line (1-based), level (1 for <c>#</c>), title and GitHub slug.</summary>
internal sealed record Heading(int Line, int Level, string Title, string Slug);
