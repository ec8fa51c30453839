using DiffPlex;
using DiffPlex.Model;

namespace LossKata.Catalogue.Tests;

/// <summary>One change of a patch entry: lines of the reference file, found by their exact text, and the lines that
/// take their place (none, to delete them).</summary>
/// <param name="Replace">The lines to replace or, when <paramref name="Through"/> is given, the first of them.</param>
/// <param name="Through">Null, or the last lines to replace: every line from <paramref name="Replace"/> through these.</param>
/// <param name="With">The lines that take their place.</param>
public sealed record PatchHunk(IReadOnlyList<string> Replace, IReadOnlyList<string>? Through, IReadOnlyList<string> With);

/// <summary>
/// The body of a catalogue entry that states only its change: one or more hunks on its reference file
/// (solutions/&lt;Replaces&gt;), each the lines to replace, found by their text, and the lines that replace them.
/// <code>
/// // replace:
///         return max + Math.Log(z.Sum(value => Math.Exp(value - max)));
/// // with:
///         return Math.Log(z.Sum(value => Math.Exp(value - max)));
///
/// // replace:
///         var nats = 0.0;
/// // through:
///         return nats / Math.Log(logBase);
/// // with:
///         return -p.Where(probability => probability > 0).Sum(probability => probability * Math.Log(probability, logBase));
/// </code>
/// <list type="bullet">
/// <item>A marker (<c>// replace:</c>, <c>// through:</c>, <c>// with:</c>) is a line of its own, at the start of the
/// line; a block runs to the next marker or the end of the file. Blank lines at the start and end of a block are not
/// part of it, so hunks can be set apart by a blank line.</item>
/// <item><c>// replace:</c> alone replaces exactly its lines; followed by <c>// through:</c>, every line from the first
/// block through the second, so a rewritten body need not be copied.</item>
/// <item>Each block to find must stand in the reference exactly once, indentation included (line endings aside): one
/// that is missing or found twice fails naming the entry and the lines. Hunks must not overlap. An empty
/// <c>// with:</c> block deletes; to insert, replace a neighbouring line with itself and the new lines.</item>
/// <item>Comment lines before the first <c>// replace:</c> (the header among them) are not part of the patch.</item>
/// </list>
/// </summary>
public static class CataloguePatch
{
    public const string ReplaceMarker = "// replace:";
    public const string ThroughMarker = "// through:";
    public const string WithMarker = "// with:";

    /// <summary>A change of more lines than this is written as a range, its first and last lines.</summary>
    private const int LongestExactBlock = 4;

    /// <summary>Changes closer than this are one hunk: a rewritten body reads as a whole, not as a patchwork.</summary>
    private const int LinesBetweenSeparateHunks = 3;

    /// <summary>Whether a catalogue file states a patch (it has a <c>// replace:</c> line) rather than a whole file.</summary>
    public static bool IsPatch(string entryText) => LinesOf(entryText).Any(line => line.TrimEnd() == ReplaceMarker);

    /// <summary>The hunks of a patch entry; <paramref name="entry"/> names it in errors.</summary>
    public static IReadOnlyList<PatchHunk> Parse(string entry, string entryText)
    {
        var hunks = new List<PatchHunk>();
        List<string>? replace = null;
        List<string>? through = null;
        List<string>? with = null;
        var lineNumber = 0;
        foreach (var line in LinesOf(entryText))
        {
            lineNumber++;
            switch (line.TrimEnd())
            {
                case ReplaceMarker:
                    Close();
                    (replace, through, with) = ([], null, null);
                    break;
                case ThroughMarker when replace is null || through is not null || with is not null:
                    throw new InvalidDataException($"{entry}, line {lineNumber}: '{ThroughMarker}' must follow the lines of a '{ReplaceMarker}'.");
                case ThroughMarker:
                    through = [];
                    break;
                case WithMarker when replace is null || with is not null:
                    throw new InvalidDataException($"{entry}, line {lineNumber}: '{WithMarker}' must follow the lines of a '{ReplaceMarker}'.");
                case WithMarker:
                    with = [];
                    break;
                default:
                    if ((with ?? through ?? replace) is { } block)
                    {
                        block.Add(line);
                    }
                    else if (!IsTrivia(line))
                    {
                        throw new InvalidDataException($"{entry}, line {lineNumber}: code before the first '{ReplaceMarker}' belongs to no hunk.");
                    }

                    break;
            }
        }

        Close();
        return hunks;

        void Close()
        {
            if (replace is null)
            {
                return;
            }

            var number = hunks.Count + 1;
            if (with is null)
            {
                throw new InvalidDataException($"{entry}: hunk {number} has '{ReplaceMarker}' but no '{WithMarker}'.");
            }

            var first = WithoutOuterBlankLines(replace);
            var last = through is null ? null : WithoutOuterBlankLines(through);
            if (first.Count == 0 || last is { Count: 0 })
            {
                throw new InvalidDataException(
                    $"{entry}: hunk {number} has an empty block of lines to find; to insert, replace a neighbouring line with itself and the new lines.");
            }

            hunks.Add(new PatchHunk(first, last, WithoutOuterBlankLines(with)));
        }
    }

    /// <summary>
    /// <paramref name="reference"/> with every hunk applied. Each hunk's lines are looked for in the reference as it
    /// is (not as earlier hunks left it); a hunk whose lines are missing, found more than once, or overlap another's
    /// fails naming <paramref name="entry"/>, <paramref name="referenceName"/> and the lines.
    /// </summary>
    public static string Apply(string entry, string referenceName, string reference, IReadOnlyList<PatchHunk> hunks)
    {
        var lines = LinesOf(reference);
        var placed = hunks.Select((hunk, index) => Place(hunk, index + 1)).OrderBy(hunk => hunk.Start).ToList();
        foreach (var (earlier, later) in placed.Zip(placed.Skip(1)))
        {
            if (earlier.End > later.Start)
            {
                throw new InvalidDataException(
                    $"{entry}: hunks {earlier.Number} and {later.Number} replace overlapping lines of {referenceName} " +
                    $"(lines {earlier.Start + 1}–{earlier.End} and {later.Start + 1}–{later.End}): make them one hunk.");
            }
        }

        var result = new List<string>(lines.Length);
        var next = 0;
        foreach (var (hunk, _, start, end) in placed)
        {
            result.AddRange(lines[next..start]);
            result.AddRange(hunk.With);
            next = end;
        }

        result.AddRange(lines[next..]);
        return string.Join('\n', result);

        (PatchHunk Hunk, int Number, int Start, int End) Place(PatchHunk hunk, int number)
        {
            var start = FindOnce(hunk.Replace, $"the lines of hunk {number} to replace");
            if (hunk.Through is null)
            {
                return (hunk, number, start, start + hunk.Replace.Count);
            }

            var last = FindOnce(hunk.Through, $"the last lines of hunk {number} to replace (after '{ThroughMarker}')");
            if (last < start + hunk.Replace.Count)
            {
                throw new InvalidDataException(
                    $"{entry}: the last lines of hunk {number} to replace (line {last + 1} of {referenceName}) come before the end of its first lines (line {start + hunk.Replace.Count}).");
            }

            return (hunk, number, start, last + hunk.Through.Count);
        }

        int FindOnce(IReadOnlyList<string> block, string what)
        {
            var starts = OccurrencesOf(block, lines).ToList();
            return starts.Count switch
            {
                1 => starts[0],
                0 => throw new InvalidDataException(
                    $"{entry}: {what} are not in {referenceName} (has the reference changed?):{Quote(block)}"),
                _ => throw new InvalidDataException(
                    $"{entry}: {what} stand {starts.Count} times in {referenceName} (from lines " +
                    $"{string.Join(", ", starts.Select(start => start + 1))}): add a neighbouring line so that they stand once:{Quote(block)}"),
            };
        }
    }

    /// <summary>
    /// The hunks that turn <paramref name="reference"/> into <paramref name="changed"/>: each change of the line diff,
    /// widened by as few unchanged neighbouring lines as make its lines to replace stand once in the reference and
    /// start and end on a line that is not blank; changes fewer than three lines apart become one hunk.
    /// </summary>
    public static IReadOnlyList<PatchHunk> Between(string reference, string changed)
    {
        var diff = Diff(reference, changed);
        var old = diff.PiecesOld.ToArray();
        var @new = diff.PiecesNew.ToArray();
        var spans = diff.DiffBlocks
            .Select(block => new Span(block.DeleteStartA, block.DeleteStartA + block.DeleteCountA, block.InsertStartB, block.InsertStartB + block.InsertCountB))
            .ToList();

        while (true)
        {
            spans = Merged(spans);
            var index = spans.FindIndex(span => !IsAnchored(span));
            if (index < 0)
            {
                break;
            }

            var span = spans[index];
            var canGoUp = span.OldStart > 0;
            var canGoDown = span.OldEnd < old.Length;
            var up = (StartsBlank(span), EndsBlank(span)) switch
            {
                (true, _) => canGoUp,
                (false, true) => !canGoDown,
                // An insertion is anchored on the line it follows, unless that line is blank; a block that stands
                // more than once grows alternately above and below.
                _ when span.OldEnd == span.OldStart => canGoUp && (!IsBlank(old[span.OldStart - 1]) || !canGoDown),
                _ => canGoUp && ((span.OldEnd - span.OldStart) % 2 == 0 || !canGoDown),
            };
            if (!canGoUp && !canGoDown)
            {
                throw new InvalidOperationException($"No lines around the change at line {span.OldStart + 1} make an anchor that stands once in the reference.");
            }

            spans[index] = up
                ? span with { OldStart = span.OldStart - 1, NewStart = span.NewStart - 1 }
                : span with { OldEnd = span.OldEnd + 1, NewEnd = span.NewEnd + 1 };
        }

        return spans.Select(span => HunkOf(old[span.OldStart..span.OldEnd], @new[span.NewStart..span.NewEnd])).ToList();

        // A long block is found by its shortest first and last lines that stand once, when they are shorter than it.
        PatchHunk HunkOf(string[] replaced, string[] replacement)
        {
            var first = Enumerable.Range(1, replaced.Length)
                .First(count => !IsBlank(replaced[count - 1]) && OccurrencesOf(replaced[..count], old).Take(2).Count() == 1);
            var last = Enumerable.Range(1, replaced.Length)
                .First(count => !IsBlank(replaced[^count]) && OccurrencesOf(replaced[^count..], old).Take(2).Count() == 1);
            return replaced.Length > LongestExactBlock && first + last < replaced.Length
                ? new PatchHunk(replaced[..first], replaced[^last..], replacement)
                : new PatchHunk(replaced, null, replacement);
        }

        bool IsAnchored(Span span) =>
            span.OldEnd > span.OldStart && !StartsBlank(span) && !EndsBlank(span)
            && OccurrencesOf(old[span.OldStart..span.OldEnd], old).Take(2).Count() == 1;

        bool StartsBlank(Span span) =>
            IsBlank(old[span.OldStart..span.OldEnd].FirstOrDefault()) || IsBlank(@new[span.NewStart..span.NewEnd].FirstOrDefault());

        bool EndsBlank(Span span) =>
            IsBlank(old[span.OldStart..span.OldEnd].LastOrDefault()) || IsBlank(@new[span.NewStart..span.NewEnd].LastOrDefault());
    }

    /// <summary>The patch as an entry states it, after its header: the hunks, a blank line apart.</summary>
    public static string Write(IEnumerable<PatchHunk> hunks) => string.Join("\n", hunks.Select(Write));

    private static string Write(PatchHunk hunk)
    {
        IEnumerable<string> through = hunk.Through is null ? [] : [ThroughMarker, .. hunk.Through];
        return string.Join("\n", [ReplaceMarker, .. hunk.Replace, .. through, WithMarker, .. hunk.With]) + "\n";
    }

    /// <summary>
    /// <paramref name="changed"/> with what a whole-file draft of it usually leaves out of the reference and is no part
    /// of its change put back: the reference's comment lines, and its blank lines at the edges of a change. The
    /// documentation comments (<c>///</c>) that only the draft has, shortened copies of the reference's, go.
    /// </summary>
    public static string KeepingReferenceComments(string reference, string changed)
    {
        var diff = Diff(reference, changed);
        var old = diff.PiecesOld.ToArray();
        var @new = diff.PiecesNew.ToArray();
        var kept = new List<string>();
        var next = 0;
        foreach (var block in diff.DiffBlocks)
        {
            var deleted = old[block.DeleteStartA..(block.DeleteStartA + block.DeleteCountA)];
            var inserted = @new[block.InsertStartB..(block.InsertStartB + block.InsertCountB)].Where(line => !IsDocumentation(line)).ToList();
            var leading = IsBlank(inserted.FirstOrDefault()) ? 0 : deleted.TakeWhile(line => IsBlank(line)).Count();
            var trailing = IsBlank(inserted.LastOrDefault()) ? 0 : deleted[leading..].Reverse().TakeWhile(line => IsBlank(line)).Count();
            kept.AddRange(old[next..block.DeleteStartA]);
            kept.AddRange(deleted[..leading]);
            kept.AddRange(deleted[leading..^trailing].Where(IsComment));
            kept.AddRange(inserted);
            kept.AddRange(deleted[^trailing..]);
            next = block.DeleteStartA + block.DeleteCountA;
        }

        kept.AddRange(old[next..]);
        return string.Join('\n', kept);
    }

    /// <summary>The lines that a compiler reads: those that are neither blank nor only a comment.</summary>
    public static IEnumerable<string> CodeLines(string text) => LinesOf(text).Where(line => !IsTrivia(line));

    private static bool IsTrivia(string line) => IsBlank(line) || IsComment(line);

    private static bool IsComment(string line) => line.TrimStart().StartsWith("//", StringComparison.Ordinal);

    private static bool IsDocumentation(string line) => line.TrimStart().StartsWith("///", StringComparison.Ordinal);

    private static bool IsBlank(string? line) => line is not null && line.Trim().Length == 0;

    private static string[] LinesOf(string text) => text.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();

    private static DiffResult Diff(string reference, string changed) =>
        Differ.Instance.CreateDiffs(reference, changed, ignoreWhiteSpace: false, ignoreCase: false, new LineSplitter());

    private static IEnumerable<int> OccurrencesOf(IReadOnlyList<string> block, IReadOnlyList<string> lines) =>
        Enumerable.Range(0, Math.Max(0, lines.Count - block.Count + 1))
            .Where(start => block.Select((line, offset) => line == lines[start + offset]).All(same => same));

    private static List<string> WithoutOuterBlankLines(List<string> block) =>
        block.SkipWhile(line => IsBlank(line)).Reverse().SkipWhile(line => IsBlank(line)).Reverse().ToList();

    private static List<Span> Merged(List<Span> spans)
    {
        var merged = new List<Span>();
        foreach (var span in spans.OrderBy(span => span.OldStart))
        {
            if (merged.Count > 0 && merged[^1].OldEnd + LinesBetweenSeparateHunks > span.OldStart)
            {
                var last = merged[^1];
                merged[^1] = span.OldEnd >= last.OldEnd ? last with { OldEnd = span.OldEnd, NewEnd = span.NewEnd } : last;
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    /// <summary>Lines [OldStart, OldEnd) of the reference become lines [NewStart, NewEnd) of the changed text.</summary>
    private readonly record struct Span(int OldStart, int OldEnd, int NewStart, int NewEnd);

    /// <summary>Splits at every line feed, so that line numbers are the file's own (a final line feed gives a last empty line).</summary>
    private sealed class LineSplitter : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => LinesOf(text);
    }

    private static string Quote(IReadOnlyList<string> lines) =>
        string.Concat(lines.Take(4).Select(line => $"{Environment.NewLine}    | {line}")) + (lines.Count > 4 ? $"{Environment.NewLine}    | …" : "");
}
