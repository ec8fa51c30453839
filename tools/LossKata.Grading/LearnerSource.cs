using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LossKata.Grading;

/// <summary>What the compiler process checks and changes in learner files before the compiler binds them.</summary>
internal static class LearnerSource
{
    /// <summary>The files with every <c>#line</c> directive of the learner's blanked out (line numbers kept). A
    /// <c>#line</c> directive changes only the file and line that errors and stack traces name — a learner file could
    /// make its errors blame another exercise's file — so without it the code means the same and errors name the
    /// file they are in.</summary>
    public static IReadOnlyDictionary<string, string> WithoutLineDirectives(IReadOnlyDictionary<string, string> files, IEnumerable<string> learnerPaths)
    {
        Dictionary<string, string>? changed = null;
        foreach (var path in learnerPaths)
        {
            if (!files.TryGetValue(path, out var text) || !text.Contains("line", StringComparison.Ordinal))
            {
                continue;
            }

            var directives = CSharpSyntaxTree.ParseText(text, VariantCompiler.ParseOptions).GetRoot()
                .DescendantTrivia(descendIntoTrivia: true)
                .Where(trivia => trivia.IsKind(SyntaxKind.LineDirectiveTrivia) || trivia.IsKind(SyntaxKind.LineSpanDirectiveTrivia))
                .Select(trivia => trivia.Span)
                .ToList();
            if (directives.Count == 0)
            {
                continue;
            }

            var characters = text.ToCharArray();
            foreach (var span in directives)
            {
                for (var i = span.Start; i < span.End; i++)
                {
                    if (characters[i] is not ('\n' or '\r'))
                    {
                        characters[i] = ' ';
                    }
                }
            }

            changed ??= new Dictionary<string, string>(files, StringComparer.Ordinal);
            changed[path] = new string(characters);
        }

        return changed ?? files;
    }

    /// <summary>The deepest nesting of brackets — ( [ { — in a text, outside comments, strings and characters, and
    /// the line where it is reached: told without the parser, which takes minutes on 20,000 nested parentheses (it
    /// looks ahead at every one for a cast, a tuple or a lambda).</summary>
    public static (int Depth, int Line) BracketNesting(string text)
    {
        var (depth, deepest, line, deepestLine) = (0, 0, 1, 1);
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (character == '\n')
            {
                line++;
            }
            else if (character == '/' && next == '/')
            {
                // To the end of the line: the newline itself is counted by the next turn.
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end - 1;
            }
            else if (character == '/' && next == '*')
            {
                var end = SkipTo(text, i + 2, "*/");
                line += Lines(text, i, end);
                i = end - 1;
            }
            else if (character is '"' or '\'')
            {
                var end = i + 1;
                while (end < text.Length && text[end] != character && text[end] != '\n')
                {
                    end += text[end] == '\\' ? 2 : 1;
                }

                i = Math.Min(end, text.Length - 1);
            }
            else if (character is '(' or '[' or '{' && ++depth > deepest)
            {
                (deepest, deepestLine) = (depth, line);
            }
            else if (character is ')' or ']' or '}')
            {
                depth--;
            }
        }

        return (deepest, deepestLine);
    }

    private static int SkipTo(string text, int from, string end)
    {
        var at = text.IndexOf(end, from, StringComparison.Ordinal);
        return at < 0 ? text.Length : at + end.Length;
    }

    private static int Lines(string text, int from, int to) => text.AsSpan(from, Math.Min(to, text.Length) - from).Count('\n');

    /// <summary>"exercises/X.cs(line): code nested N deep, more than …" for each learner file that nests deeper than
    /// <see cref="SubmissionLimits.MaxNesting"/>, told from its syntax alone, before the compiler binds anything.</summary>
    public static IReadOnlyDictionary<string, string> TooDeeplyNested(IReadOnlyDictionary<string, string> files, IEnumerable<string> learnerPaths) =>
        learnerPaths.Where(files.ContainsKey)
            .Select(path => (Path: path, Nesting: Nesting(files[path])))
            .Where(file => file.Nesting.Depth > SubmissionLimits.MaxNesting)
            .ToDictionary(file => file.Path, file => $"{file.Path}({file.Nesting.Line}): code nested {file.Nesting.Depth} deep, more than the {SubmissionLimits.MaxNesting} the grader compiles", StringComparer.Ordinal);

    /// <summary>How deep a file nests, and where: its brackets, told from the text; if they are within the limit, its
    /// syntax (a long chain of operators nests without brackets).</summary>
    private static (int Depth, int Line) Nesting(string text)
    {
        var brackets = BracketNesting(text);
        if (brackets.Depth > SubmissionLimits.MaxNesting)
        {
            return brackets;
        }

        var (node, depth) = Deepest(CSharpSyntaxTree.ParseText(text, VariantCompiler.ParseOptions).GetRoot());
        return (depth, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
    }

    /// <summary>The deepest node and its depth, walked with a stack of its own (the tree can be deeper than the
    /// thread's stack).</summary>
    private static (SyntaxNode Node, int Depth) Deepest(SyntaxNode root)
    {
        var deepest = (Node: root, Depth: 0);
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.TryPop(out var current))
        {
            if (current.Depth > deepest.Depth)
            {
                deepest = current;
            }

            foreach (var child in current.Node.ChildNodes())
            {
                pending.Push((child, current.Depth + 1));
            }
        }

        return deepest;
    }
}
