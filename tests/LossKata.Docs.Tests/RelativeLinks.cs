using System.Text;
using System.Text.RegularExpressions;

namespace LossKata.Docs.Tests;

/// <summary>
/// Finds relative links and images that lead nowhere: <c>[text](target)</c>, <c>![alt](target)</c>, reference
/// definitions <c>[label]: target</c> and HTML <c>src</c>/<c>href</c>, resolved as GitHub does — from the file's
/// folder, or from the repository root for a target starting with <c>/</c>. A <c>#fragment</c> into a Markdown
/// file must name one of its headings (by GitHub's slugs) or an element's <c>id</c>/<c>name</c>.
/// </summary>
public sealed partial class RelativeLinks(string root)
{
    private readonly Dictionary<string, Anchors> anchorsByFile = new(StringComparer.Ordinal);

    /// <summary>Every broken relative link of a file; <paramref name="file"/>'s name is its path under the root.</summary>
    public IEnumerable<Finding> BrokenLinks(MarkdownFile file) =>
        file.Blocks.SelectMany(block => Targets(block)
            .Select(target => (target.Line, target.Destination, Problem: Problem(file.Name, target.Destination)))
            .Where(link => link.Problem is not null)
            .Select(link => new Finding(file.Name, link.Line, $"({link.Destination}): {link.Problem}")));

    /// <summary>The link and image targets of a block of prose, with their line numbers.</summary>
    internal static IEnumerable<(int Line, string Destination)> Targets(ProseBlock block)
    {
        foreach (Match match in InlineLinkStart().Matches(block.Masked))
        {
            var destination = InlineDestination(block.Text, match.Index + match.Length);
            if (destination.Length > 0)
            {
                yield return (block.LineOf(match.Index), destination);
            }
        }

        foreach (var regex in new[] { ReferenceDefinition(), HtmlAttribute() })
        {
            foreach (Match match in regex.Matches(block.Masked))
            {
                yield return (block.LineOf(match.Index), block.Text.Substring(match.Groups["target"].Index, match.Groups["target"].Length));
            }
        }
    }

    /// <summary>What is wrong with a link target written in <paramref name="fileName"/>, or null if nothing.</summary>
    internal string? Problem(string fileName, string destination)
    {
        var target = Resolve(root, fileName, destination);
        if (target is null)
        {
            return null;
        }

        var hash = destination.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(destination[(hash + 1)..]);

        var rootWithSeparator = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        if (!(target + Path.DirectorySeparatorChar).StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            return "leads out of the repository";
        }

        if (!File.Exists(target) && !Directory.Exists(target))
        {
            return $"no such file or folder {Path.GetRelativePath(root, target).Replace('\\', '/')}";
        }

        if (fragment.Length == 0 || !File.Exists(target) || !target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var anchors = AnchorsOf(target);
        return anchors.Accepts(fragment)
            ? null
            : $"no heading or anchor #{fragment} in {Path.GetRelativePath(root, target).Replace('\\', '/')} (it has #{string.Join(", #", anchors.Names)})";
    }

    /// <summary>The full path a link target written in <paramref name="fileName"/> leads to (the file itself for a
    /// bare <c>#fragment</c>), or null for an address with a scheme (<c>https:</c>, <c>mailto:</c>) or <c>//</c>.</summary>
    internal static string? Resolve(string root, string fileName, string destination)
    {
        if (UriScheme().IsMatch(destination) || destination.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var pathPart = Uri.UnescapeDataString(destination.Split('#', 2)[0].Split('?', 2)[0]);
        var fileFolder = Path.GetDirectoryName(Path.Combine(root, fileName))!;
        return pathPart.Length == 0
            ? Path.GetFullPath(Path.Combine(root, fileName))
            : Path.GetFullPath(pathPart.StartsWith('/') ? Path.Combine(root, pathPart.TrimStart('/')) : Path.Combine(fileFolder, pathPart));
    }

    private Anchors AnchorsOf(string path)
    {
        if (!anchorsByFile.TryGetValue(path, out var anchors))
        {
            anchors = Anchors.Of(MarkdownFile.Parse(path, File.ReadAllText(path)));
            anchorsByFile[path] = anchors;
        }

        return anchors;
    }

    /// <summary>Reads an inline link's destination after its <c>(</c>: <c>&lt;…&gt;</c>, or up to a space or the
    /// closing parenthesis (balanced ones may appear inside).</summary>
    private static string InlineDestination(string text, int start)
    {
        var position = start;
        while (position < text.Length && text[position] is ' ' or '\n')
        {
            position++;
        }

        if (position < text.Length && text[position] == '<')
        {
            var close = text.IndexOf('>', position);
            return close < 0 ? "" : text[(position + 1)..close];
        }

        var destination = new StringBuilder();
        var depth = 0;
        for (; position < text.Length; position++)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c) || (c == ')' && depth == 0))
            {
                break;
            }

            if (c == '\\' && position + 1 < text.Length)
            {
                destination.Append(text[++position]);
                continue;
            }

            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            destination.Append(c);
        }

        return destination.ToString();
    }

    [GeneratedRegex(@"\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\(")]
    private static partial Regex InlineLinkStart();

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:[ \t]*<?(?<target>[^\s>]+)", RegexOptions.Multiline)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"<(?:a|img|source)\b[^>]*?\b(?:href|src)\s*=\s*""(?<target>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlAttribute();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex UriScheme();
}
