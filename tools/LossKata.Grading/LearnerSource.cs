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

    /// <summary>"exercises/X.cs(line): code nested N deep, more than …" for each learner file that nests deeper than
    /// <see cref="SubmissionLimits.MaxNesting"/>, told from its syntax alone, before the compiler binds anything.</summary>
    public static IReadOnlyDictionary<string, string> TooDeeplyNested(IReadOnlyDictionary<string, string> files, IEnumerable<string> learnerPaths) =>
        learnerPaths.Where(files.ContainsKey)
            .Select(path => (Path: path, Nesting: Deepest(CSharpSyntaxTree.ParseText(files[path], VariantCompiler.ParseOptions).GetRoot())))
            .Where(file => file.Nesting.Depth > SubmissionLimits.MaxNesting)
            .ToDictionary(file => file.Path, file => $"{file.Path}({file.Nesting.Node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}): code nested {file.Nesting.Depth} deep, more than the {SubmissionLimits.MaxNesting} the grader compiles", StringComparer.Ordinal);

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
