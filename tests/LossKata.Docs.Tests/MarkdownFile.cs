namespace LossKata.Docs.Tests;

/// <summary>
/// A Markdown file read as GitHub reads it, far enough to tell prose from code: fenced code blocks are set aside,
/// and in each block of prose the code spans (with the dollars of a <c>$`…`$</c> maths span) are masked, so that a
/// <c>$</c> or a <c>[text](target)</c> inside code is never taken for maths or a link.
/// </summary>
public sealed class MarkdownFile
{
    /// <summary>The character that replaces code in <see cref="ProseBlock.Masked"/>.</summary>
    public const char Mask = '\u2588';

    private MarkdownFile(string name, IReadOnlyList<ProseBlock> blocks, IReadOnlyList<FencedBlock> fences)
    {
        Name = name;
        Blocks = blocks;
        Fences = fences;
    }

    /// <summary>The file's name in messages, e.g. <c>docs/level-2-cross-entropy-and-kl.md</c>.</summary>
    public string Name { get; }

    /// <summary>The blocks of prose (paragraphs, list items, table rows, headings) outside fenced code.</summary>
    public IReadOnlyList<ProseBlock> Blocks { get; }

    /// <summary>The fenced code blocks (a <c>```math</c> display among them), in order.</summary>
    public IReadOnlyList<FencedBlock> Fences { get; }

    /// <summary>Reads Markdown text; <paramref name="name"/> is what messages call the file.</summary>
    public static MarkdownFile Parse(string name, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<ProseBlock>();
        var paragraph = new List<string>();
        var paragraphStart = 0;
        string? openFence = null;
        var fences = new List<FencedBlock>();
        var fenceInfo = "";
        var fenceStart = 0;
        var fenceLines = new List<string>();

        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                var text = string.Join('\n', paragraph);
                blocks.Add(new ProseBlock(paragraphStart + 1, text, MaskCode(text)));
                paragraph.Clear();
            }
        }

        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var trimmed = line.TrimStart();
            if (openFence is not null)
            {
                if (trimmed.StartsWith(openFence, StringComparison.Ordinal) && trimmed.TrimEnd().Trim(openFence[0]).Length == 0)
                {
                    openFence = null;
                    fences.Add(new FencedBlock(fenceStart + 1, fenceInfo, string.Join('\n', fenceLines)));
                }
                else
                {
                    fenceLines.Add(line);
                }

                continue;
            }

            var fence = OpeningFence(trimmed);
            if (fence is not null)
            {
                EndParagraph();
                openFence = fence;
                fenceInfo = trimmed[fence.Length..].Trim();
                fenceStart = index;
                fenceLines.Clear();
                continue;
            }

            if (trimmed.Length == 0)
            {
                EndParagraph();
                continue;
            }

            if (paragraph.Count == 0)
            {
                paragraphStart = index;
            }

            paragraph.Add(line);
        }

        EndParagraph();
        return new MarkdownFile(name, blocks, fences);
    }

    /// <summary>The fence (<c>```</c> or <c>~~~</c>, three or more) a line opens, or null. A backtick fence's info
    /// string may not contain a backtick: <c>```a``` </c> on one line is a code span, not a fence.</summary>
    private static string? OpeningFence(string trimmedLine)
    {
        if (trimmedLine.Length < 3 || (trimmedLine[0] != '`' && trimmedLine[0] != '~'))
        {
            return null;
        }

        var marker = trimmedLine[0];
        var length = 0;
        while (length < trimmedLine.Length && trimmedLine[length] == marker)
        {
            length++;
        }

        if (length < 3 || (marker == '`' && trimmedLine[length..].Contains('`', StringComparison.Ordinal)))
        {
            return null;
        }

        return new string(marker, length);
    }

    /// <summary>
    /// Masks every code span as CommonMark delimits it (a run of n backticks up to the next run of exactly n;
    /// an unmatched run is literal, and so is an escaped backtick), and the dollars around a span that form
    /// GitHub's <c>$`…`$</c> maths. The result has the same length as <paramref name="text"/>.
    /// </summary>
    internal static string MaskCode(string text)
    {
        var masked = text.ToCharArray();
        var position = 0;
        while (position < text.Length)
        {
            if (text[position] == '\\')
            {
                position += 2;
                continue;
            }

            if (text[position] != '`')
            {
                position++;
                continue;
            }

            var run = RunLength(text, position);
            var close = FindClosingRun(text, position + run, run);
            if (close < 0)
            {
                position += run;
                continue;
            }

            var start = position;
            var end = close + run;
            if (start > 0 && end < text.Length && text[start - 1] == '$' && text[end] == '$')
            {
                start--;
                end++;
            }

            for (var i = start; i < end; i++)
            {
                if (masked[i] != '\n')
                {
                    masked[i] = Mask;
                }
            }

            position = end;
        }

        return new string(masked);
    }

    private static int RunLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == '`')
        {
            end++;
        }

        return end - start;
    }

    private static int FindClosingRun(string text, int from, int length)
    {
        var position = from;
        while (position < text.Length)
        {
            if (text[position] != '`')
            {
                position++;
                continue;
            }

            var run = RunLength(text, position);
            if (run == length)
            {
                return position;
            }

            position += run;
        }

        return -1;
    }
}

/// <summary>One block of prose: its first line's number (1-based), its text, and the text with code masked.</summary>
public sealed record ProseBlock(int FirstLine, string Text, string Masked)
{
    /// <summary>The line number of a position in the block's text.</summary>
    public int LineOf(int offset) => FirstLine + Text.AsSpan(0, offset).Count('\n');
}

/// <summary>One fenced code block: its opening line's number (1-based), its info string (<c>math</c>, <c>sh</c>, …)
/// and its content.</summary>
public sealed record FencedBlock(int FirstLine, string Info, string Content);
