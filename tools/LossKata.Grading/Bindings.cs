using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LossKata.Grading;

/// <summary>One name in a file and what the compiler bound it to: <paramref name="Key"/>, the symbol's full name
/// with its parameters' types, is what two compilations are compared by; <paramref name="Symbol"/> is kept only where
/// asked (a symbol keeps its whole compilation in memory).</summary>
internal sealed record Binding(TextSpan Span, string Text, string Key, ISymbol? Symbol);

/// <summary>
/// What every name of a file binds to — each identifier and generic name, and the methods a query expression or a
/// foreach calls without naming them — so that two compilations of the same file can be compared: a learner's
/// declaration (a class named <c>Math</c>, a <c>Sum</c> extension in namespace <c>LossKata</c>, a more specific
/// overload, a global using) changes what the same text means in every file that can see it.
/// </summary>
internal static class Bindings
{
    public static IReadOnlyDictionary<TextSpan, Binding> Of(SemanticModel model, CancellationToken cancellation, bool keepSymbols = false)
    {
        var bindings = new Dictionary<TextSpan, Binding>();
        foreach (var node in model.SyntaxTree.GetRoot(cancellation).DescendantNodes())
        {
            foreach (var symbol in Bound(model, node, cancellation))
            {
                bindings.TryAdd(node.Span, new Binding(node.Span, node.ToString(), KeyOf(symbol), keepSymbols ? symbol : null));
            }
        }

        return bindings;
    }

    /// <summary>The first name of <paramref name="now"/> that binds to something else than in <paramref name="before"/>
    /// (the same text compiled beside other files), or null when every name means what it meant.</summary>
    public static (Binding Before, Binding? Now)? FirstChange(IReadOnlyDictionary<TextSpan, Binding> before, IReadOnlyDictionary<TextSpan, Binding> now)
    {
        foreach (var (span, was) in before.OrderBy(b => b.Key.Start))
        {
            var current = now.GetValueOrDefault(span);
            if (current is null || current.Key != was.Key)
            {
                return (was, current);
            }
        }

        return null;
    }

    private static IEnumerable<ISymbol> Bound(SemanticModel model, SyntaxNode node, CancellationToken cancellation)
    {
        IEnumerable<ISymbol?> symbols = node switch
        {
            SimpleNameSyntax => [model.GetSymbolInfo(node, cancellation).Symbol],
            QueryClauseSyntax clause when model.GetQueryClauseInfo(clause, cancellation) is var info => [info.CastInfo.Symbol, info.OperationInfo.Symbol],
            SelectOrGroupClauseSyntax or OrderingSyntax => [model.GetSymbolInfo(node, cancellation).Symbol],
            CommonForEachStatementSyntax loop when model.GetForEachStatementInfo(loop) is var info => [info.GetEnumeratorMethod, info.CurrentProperty],
            _ => [],
        };
        return symbols.OfType<ISymbol>().Where(symbol => symbol is not (ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol or IDiscardSymbol));
    }

    /// <summary>A symbol as two compilations are compared by: its full name with its parameters' types.</summary>
    public static string KeyOf(ISymbol symbol) => symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

    /// <summary>"path line N" for a place in a file: deliberately not the compiler's "path(N)", which the grader reads
    /// as blame for that file.</summary>
    public static string Place(SyntaxTree tree, TextSpan span) =>
        $"{tree.FilePath} line {tree.GetLineSpan(span).StartLinePosition.Line + 1}";
}
