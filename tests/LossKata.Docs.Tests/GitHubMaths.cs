namespace LossKata.Docs.Tests;

/// <summary>
/// Finds maths that GitHub renders wrongly. GitHub applies Markdown's backslash escapes before MathJax sees plain
/// <c>$…$</c> or <c>$$…$$</c>, so <c>\,</c> <c>\|</c> <c>\{</c> <c>\_</c> <c>\\</c> (a backslash before any ASCII
/// punctuation) lose their backslash (github/markup#1577). The safe forms keep the maths in code:
/// <c>$`…`$</c> inline and a <c>```math</c> fence for display.
/// </summary>
public static class GitHubMaths
{
    private const string SafeForms = "write it as $`…`$ inline or in a ```math fence";

    /// <summary>Every plain <c>$$</c> display, and every plain <c>$…$</c> with a backslash before punctuation.</summary>
    public static IEnumerable<Finding> UnsafeMaths(MarkdownFile file) =>
        file.Blocks.SelectMany(block => UnsafeMaths(file.Name, block));

    private static IEnumerable<Finding> UnsafeMaths(string fileName, ProseBlock block)
    {
        var masked = block.Masked;
        var position = 0;
        while (position < masked.Length)
        {
            if (masked[position] == '\\')
            {
                position += 2;
                continue;
            }

            if (masked[position] != '$')
            {
                position++;
                continue;
            }

            if (position + 1 < masked.Length && masked[position + 1] == '$')
            {
                var close = masked.IndexOf("$$", position + 2, StringComparison.Ordinal);
                var end = close < 0 ? LineEnd(masked, position) : close + 2;
                yield return new Finding(fileName, block.LineOf(position),
                    $"plain $$ display maths, which GitHub mangles: {Excerpt(block.Text, position, end)} — put it in a ```math fence");
                position = end;
                continue;
            }

            // GitHub's inline maths: the opening $ is not followed by a space, the closing one not preceded by one.
            if (position + 1 >= masked.Length || char.IsWhiteSpace(masked[position + 1]))
            {
                position++;
                continue;
            }

            var closing = ClosingDollar(masked, position + 1);
            if (closing < 0)
            {
                yield break;
            }

            if (char.IsWhiteSpace(masked[closing - 1]))
            {
                position = closing;
                continue;
            }

            var maths = block.Text[(position + 1)..closing];
            var escape = EscapedPunctuation(maths);
            if (escape is not null)
            {
                yield return new Finding(fileName, block.LineOf(position),
                    $"{escape} inside plain ${maths}$ loses its backslash on GitHub; {SafeForms}");
            }

            position = closing + 1;
        }
    }

    /// <summary>The first backslash-and-punctuation pair in some maths (e.g. <c>\,</c>), or null.</summary>
    internal static string? EscapedPunctuation(string maths)
    {
        for (var i = 0; i + 1 < maths.Length; i++)
        {
            if (maths[i] == '\\')
            {
                if (char.IsAsciiLetterOrDigit(maths[i + 1]) || !char.IsAscii(maths[i + 1]) || char.IsWhiteSpace(maths[i + 1]))
                {
                    i++;
                    continue;
                }

                return maths.Substring(i, 2);
            }
        }

        return null;
    }

    private static int ClosingDollar(string masked, int from)
    {
        for (var i = from; i < masked.Length; i++)
        {
            if (masked[i] == '\\')
            {
                i++;
            }
            else if (masked[i] == '$')
            {
                return i;
            }
        }

        return -1;
    }

    private static int LineEnd(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text.Length : end;
    }

    private static string Excerpt(string text, int start, int end)
    {
        var excerpt = text[start..end].ReplaceLineEndings(" ");
        return excerpt.Length <= 120 ? excerpt : excerpt[..117] + "…";
    }
}
