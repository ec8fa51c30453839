using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LossKata.Grading;

/// <summary>One use of something exercise code may not use: where, and what.</summary>
public sealed record RuleViolation(string Path, int Line, string Symbol, string Reason, bool IsDeclaration = false)
{
    public override string ToString() => IsDeclaration
        ? $"{Path}({Line}): declares {Symbol}, {CodeRules.RefusalText} declare — {Reason}"
        : $"{Path}({Line}): uses {Symbol}, {CodeRules.RefusalText} use — {Reason}";
}

/// <summary>
/// What graded exercise code may use — an allow-list by type and member, checked on Roslyn's semantic model before
/// anything runs: the kata's own types, MathNet.Numerics' linear algebra, System.Math, System.Numerics' numbers and
/// vectors (no member that reads or writes memory without bounds checks), LINQ, collections, text and globalization,
/// dates and times, exceptions, <see cref="Random"/>, <c>[MethodImpl]</c>, and <c>Console.Write</c>/<c>WriteLine</c>
/// for debug prints. Everything else is
/// refused with the symbol and its line: the file system, reflection and <see cref="Type"/>, <see cref="AppDomain"/>,
/// <see cref="Environment"/>, processes, <see cref="GC"/>, interop, threads, tasks and timers, compiler-services
/// attributes (<c>[ModuleInitializer]</c>), <c>dynamic</c>, <c>extern</c>, <c>async</c>, and types of its own in a
/// <c>System</c> namespace (the compiler and the runtime recognise attributes such as <c>ModuleInitializer</c> and
/// <c>StructLayout</c> by name, whoever declares them). So learner code cannot reach the report,
/// the cache, the reference solutions or the grader's process: its only way to affect a grade is what its
/// functions return. See docs/grading.md.
/// </summary>
public static class CodeRules
{
    /// <summary>The words every refusal carries ("uses X, which exercise code may not use").</summary>
    public const string RefusalText = "which exercise code may not";

    /// <summary>Namespaces whose every type may be used.</summary>
    private static readonly HashSet<string> OpenNamespaces =
    [
        "LossKata", "System.Linq", "System.Collections", "System.Collections.Generic", "System.Collections.ObjectModel",
        "System.Collections.Immutable",
        "System.Text", "System.Globalization", "System.Diagnostics.CodeAnalysis",
        "MathNet.Numerics", "MathNet.Numerics.LinearAlgebra", "MathNet.Numerics.LinearAlgebra.Double",
        "MathNet.Numerics.LinearAlgebra.Single", "MathNet.Numerics.LinearAlgebra.Factorization",
        "MathNet.Numerics.LinearAlgebra.Storage", "MathNet.Numerics.Distributions", "MathNet.Numerics.Random",
        "MathNet.Numerics.Statistics",
    ];

    /// <summary>Types of closed namespaces allowed wherever they come from: one the compiler itself uses for
    /// ordinary syntax (an interpolated string passed to a method, say), and <c>[MethodImpl]</c>, a hint to the JIT
    /// (the options that bind a method to native code need <c>extern</c>, which is refused).</summary>
    private static readonly HashSet<string> CompilerHelpers =
    [
        "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler",
        "System.Runtime.CompilerServices.MethodImplAttribute",
        "System.Runtime.CompilerServices.MethodImplOptions",
    ];

    /// <summary>Types of an open namespace that are still refused, with the reason.</summary>
    private static readonly Dictionary<string, string> ClosedTypes = new(StringComparer.Ordinal)
    {
        ["LossKata.Mnist"] = "it reads files; the trainer is given its data",
        ["System.Linq.ParallelEnumerable"] = "it starts threads",
        ["System.Linq.Queryable"] = "expression trees are compiled at run time",
        ["MathNet.Numerics.Control"] = "it changes the process-wide linear-algebra provider and threading",
    };

    /// <summary>The types of namespace System that may be used (all members unless listed in <see cref="OpenMembers"/>).</summary>
    private static readonly HashSet<string> SystemTypes =
    [
        "Void", "Math", "MathF", "MemoryExtensions", "Double", "Single", "Half", "Decimal", "Int16", "Int32", "Int64", "UInt16", "UInt32", "UInt64",
        "Byte", "SByte", "Char", "Boolean", "String", "Object", "Array", "Span`1", "ReadOnlySpan`1", "Memory`1",
        "ReadOnlyMemory`1", "Random", "Nullable`1", "Index", "Range", "Tuple", "ValueTuple", "Comparison`1",
        "Predicate`1", "Converter`2", "IComparable", "IComparable`1", "IEquatable`1", "IDisposable", "IFormattable",
        "IFormatProvider", "Lazy`1", "StringComparison", "StringComparer", "StringSplitOptions", "MidpointRounding",
        "Convert", "BitConverter", "HashCode", "Enum", "TimeSpan", "Guid", "FormattableString", "Console",
        "Environment", "ObsoleteAttribute", "FlagsAttribute", "Attribute", "AttributeUsageAttribute",
        "AttributeTargets", "ParamArrayAttribute", "ArraySegment`1", "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly",
        "DayOfWeek",
    ];

    /// <summary>The types of namespace System.Numerics that may be used: numbers, SIMD vectors and the generic-maths
    /// interfaces (each still held to <see cref="UncheckedMemberReason"/>).</summary>
    private static readonly HashSet<string> NumericsTypes =
    [
        "Complex", "BigInteger", "BitOperations", "Vector", "Vector`1", "Vector2", "Vector3", "Vector4", "Matrix3x2",
        "Matrix4x4", "Plane", "Quaternion", "TotalOrderIeee754Comparer`1",
    ];

    /// <summary>Why a member that reads or writes memory without bounds checks is refused, wherever its type is allowed.</summary>
    private const string UncheckedMemberReason = "it reads or writes memory without bounds checks, so it can reach past the end of an array into any object of the process";

    /// <summary>Types of which only some members may be used.</summary>
    private static readonly Dictionary<string, (string[] Members, string Reason)> OpenMembers = new(StringComparer.Ordinal)
    {
        ["System.Console"] = (["Write", "WriteLine"], "only Console.Write and Console.WriteLine, for debug prints"),
        ["System.Environment"] = (["NewLine"], "only Environment.NewLine; the process and its environment are the grader's"),
        ["System.Object"] = (["Equals", "GetHashCode", "ToString", "ReferenceEquals", ".ctor"], "GetType leads to reflection"),
    };

    /// <summary>The rule broken by each use of a refused symbol in the learner's trees; empty when the code is allowed.</summary>
    public static IReadOnlyList<RuleViolation> Check(CSharpCompilation compilation, IEnumerable<SyntaxTree> learnerTrees, CancellationToken cancellation = default)
    {
        // Before anything is bound: binding such code could keep the compiler busy for longer than any time limit.
        var tooDeep = TooDeeplyNested(learnerTrees);
        if (tooDeep.Count > 0)
        {
            return tooDeep;
        }

        var violations = new List<RuleViolation>();
        foreach (var tree in learnerTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodesAndSelf())
            {
                if (Declaration(model, node, cancellation) is var (declared, why))
                {
                    Add(new RuleViolation(tree.FilePath, LineOf(((BaseTypeDeclarationSyntax)node).Identifier.GetLocation()), declared, why, IsDeclaration: true));
                }

                var problem = Syntax(node) ?? Semantics(model, node, cancellation) ?? HiddenCall(model, node, cancellation);
                if (problem is var (symbol, reason))
                {
                    Add(new RuleViolation(tree.FilePath, LineOf(node.GetLocation()), symbol, reason));
                }
            }
        }

        return violations;

        static int LineOf(Location location) => location.GetLineSpan().StartLinePosition.Line + 1;

        void Add(RuleViolation violation)
        {
            if (!violations.Contains(violation))
            {
                violations.Add(violation);
            }
        }
    }

    /// <summary>The deepest nesting of lambdas (and anonymous methods) allowed: a lambda passed to an overloaded
    /// method is bound once per overload, so the compiler's work grows exponentially with nesting — five levels of
    /// <c>Sum(x => …)</c> (ten overloads each) take it 9 s, and deeper nesting hours, out of reach of any time
    /// limit. Loss functions need two or three levels.</summary>
    public const int MaxLambdaNesting = 4;

    /// <summary>The first lambda of each tree nested deeper than <see cref="MaxLambdaNesting"/>: a check on syntax
    /// alone, made before any code is bound.</summary>
    public static IReadOnlyList<RuleViolation> TooDeeplyNested(IEnumerable<SyntaxTree> learnerTrees) =>
        learnerTrees
            .Select(tree => (Tree: tree, Lambda: tree.GetRoot().DescendantNodes().OfType<AnonymousFunctionExpressionSyntax>()
                .FirstOrDefault(lambda => lambda.AncestorsAndSelf().OfType<AnonymousFunctionExpressionSyntax>().Count() > MaxLambdaNesting)))
            .Where(found => found.Lambda is not null)
            .Select(found => new RuleViolation(
                found.Tree.FilePath,
                found.Lambda!.GetLocation().GetLineSpan().StartLinePosition.Line + 1,
                $"lambdas nested more than {MaxLambdaNesting} deep",
                "the compiler binds a lambda once per overload of the method it is passed to, so its work doubles or more with each level; name a helper method instead"))
            .ToList();

    /// <summary>A type the learner declares in namespace System or below: the compiler and the runtime give
    /// well-known names there special meaning (a learner's own <c>ModuleInitializerAttribute</c> makes a module
    /// initializer, a <c>StructLayoutAttribute</c> an explicit layout that reads one object as another).</summary>
    private static (string Symbol, string Reason)? Declaration(SemanticModel model, SyntaxNode node, CancellationToken cancellation) =>
        node is BaseTypeDeclarationSyntax declaration
            && model.GetDeclaredSymbol(declaration, cancellation) is INamedTypeSymbol { ContainingNamespace: { IsGlobalNamespace: false } space } type
            && (space.ToDisplayString() == "System" || space.ToDisplayString().StartsWith("System.", StringComparison.Ordinal))
            ? (Name(type), "namespace System is the runtime's: the compiler and the runtime give some of its names special meaning")
            : null;

    /// <summary>Methods a query expression calls without naming them (<c>select</c> over an IQueryable calls
    /// System.Linq.Queryable.Select, say), held to the same rules as a call written out.</summary>
    private static (string Symbol, string Reason)? HiddenCall(SemanticModel model, SyntaxNode node, CancellationToken cancellation)
    {
        IEnumerable<ISymbol?> called = node switch
        {
            QueryClauseSyntax clause when model.GetQueryClauseInfo(clause, cancellation) is var info => [info.CastInfo.Symbol, info.OperationInfo.Symbol],
            SelectOrGroupClauseSyntax or OrderingSyntax => [model.GetSymbolInfo(node, cancellation).Symbol],
            _ => [],
        };
        return called.OfType<ISymbol>().Select(Refusal).FirstOrDefault(refused => refused is not null);
    }

    private static (string Symbol, string Reason)? Syntax(SyntaxNode node) => node switch
    {
        MemberDeclarationSyntax member when member.Modifiers.Any(SyntaxKind.ExternKeyword) => ("extern", "external code runs outside the rules"),
        MemberDeclarationSyntax member when member.Modifiers.Any(SyntaxKind.UnsafeKeyword) => ("unsafe", "unsafe code can write anywhere in the process"),
        UnsafeStatementSyntax => ("unsafe", "unsafe code can write anywhere in the process"),
        FunctionPointerTypeSyntax => ("function pointers", "they call code outside the rules"),
        MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax => ("__makeref", "undocumented runtime access"),
        MemberDeclarationSyntax member when member.Modifiers.Any(SyntaxKind.AsyncKeyword) => ("async", "exercise code runs on the test's thread"),
        LocalFunctionStatementSyntax local when local.Modifiers.Any(SyntaxKind.AsyncKeyword) => ("async", "exercise code runs on the test's thread"),
        AnonymousFunctionExpressionSyntax lambda when lambda.Modifiers.Any(SyntaxKind.AsyncKeyword) => ("async", "exercise code runs on the test's thread"),
        _ => null,
    };

    private static (string Symbol, string Reason)? Semantics(SemanticModel model, SyntaxNode node, CancellationToken cancellation)
    {
        if (node is not (ExpressionSyntax or AttributeSyntax or ConstructorInitializerSyntax))
        {
            return null;
        }

        var symbol = model.GetSymbolInfo(node, cancellation).Symbol;
        if (symbol is not null && Refusal(symbol) is { } refused)
        {
            return refused;
        }

        if (node is ExpressionSyntax && model.GetTypeInfo(node, cancellation) is { Type: var type, ConvertedType: var converted })
        {
            foreach (var candidate in new[] { type, converted })
            {
                if (candidate is IDynamicTypeSymbol)
                {
                    return ("dynamic", "its members are bound at run time, outside the rules");
                }

                if (candidate is not null && Refusal(candidate) is { } refusedType)
                {
                    return refusedType;
                }
            }
        }

        return null;
    }

    private static (string Symbol, string Reason)? Refusal(ISymbol symbol)
    {
        switch (symbol)
        {
            case IDynamicTypeSymbol:
                return ("dynamic", "its members are bound at run time, outside the rules");
            case IArrayTypeSymbol array:
                return Refusal(array.ElementType);
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return ("pointers", "unsafe code can write anywhere in the process");
            case ITypeParameterSymbol or IErrorTypeSymbol or ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol or IDiscardSymbol or IAliasSymbol or IPreprocessingSymbol:
                return null;
            case INamespaceSymbol:
                return null;
            case INamedTypeSymbol type:
                return RefusedType(type);
            case IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction }:
                return null;
        }

        var owner = symbol.ContainingType;
        if (owner is null)
        {
            return null;
        }

        if (symbol is IMethodSymbol { IsExtensionMethod: true, ReducedFrom: { } reduced })
        {
            owner = reduced.ContainingType;
        }

        if (RefusedType(owner) is { } refusedOwner)
        {
            return refusedOwner;
        }

        var ownerName = Name(owner.OriginalDefinition);
        if (OpenMembers.TryGetValue(ownerName, out var open) && !open.Members.Contains(symbol.Name))
        {
            return ($"{ownerName}.{symbol.Name}", open.Reason);
        }

        if (UncheckedMemory(symbol) is { } uncheckedMemory)
        {
            return uncheckedMemory;
        }

        if (symbol is IMethodSymbol method && method.ReturnType is { } returned && RefusedType(returned as INamedTypeSymbol) is { } refusedReturn)
        {
            return refusedReturn;
        }

        return null;
    }

    /// <summary>A member of an allowed type that gives access to memory without bounds checks: .NET names such members
    /// "Unsafe" (<c>Vector.LoadUnsafe(ref T)</c>, <c>Vector.StoreUnsafe</c>: a vector's width read or written from an
    /// array's last element on, past its end), and the vector loads and stores that take a reference or a pointer
    /// instead of an array or a span. Everything else those types offer is checked against the length it is given.</summary>
    private static (string Symbol, string Reason)? UncheckedMemory(ISymbol symbol)
    {
        if (symbol.ContainingAssembly?.Name == SuiteBuild.ExercisesAssembly)
        {
            return null;
        }

        var owner = Name(symbol.ContainingType.OriginalDefinition);
        var refusedByName = symbol.Name.Contains("Unsafe", StringComparison.Ordinal);
        var vectorMemoryAccess = owner.StartsWith("System.Numerics.", StringComparison.Ordinal)
            && symbol is IMethodSymbol { Parameters: var parameters }
            && parameters.Any(parameter => parameter.RefKind is RefKind.Ref or RefKind.In or RefKind.RefReadOnlyParameter || parameter.Type is IPointerTypeSymbol);
        return refusedByName || vectorMemoryAccess ? ($"{owner}.{symbol.Name}", UncheckedMemberReason) : null;
    }

    private static (string Symbol, string Reason)? RefusedType(INamedTypeSymbol? type)
    {
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return null;
        }

        if (type.IsTupleType || type.ContainingAssembly is null)
        {
            foreach (var argument in type.TypeArguments)
            {
                if (argument is INamedTypeSymbol named && RefusedType(named) is { } refusedArgument)
                {
                    return refusedArgument;
                }
            }

            return null;
        }

        var definition = type.OriginalDefinition;
        if (definition.ContainingType is { } outer)
        {
            return RefusedType(outer);
        }

        var name = Name(definition);
        var space = definition.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;
        if (ClosedTypes.TryGetValue(name, out var closedReason))
        {
            return (name, closedReason);
        }

        if (CompilerHelpers.Contains(space + "." + definition.MetadataName))
        {
            return null;
        }

        var allowed = definition.ContainingAssembly.Name == SuiteBuild.ExercisesAssembly || space switch
        {
            "System" => SystemTypes.Contains(definition.MetadataName) || definition.Name.EndsWith("Exception", StringComparison.Ordinal)
                || definition.Name is "Func" or "Action" or "ValueTuple" or "Tuple",
            "System.Diagnostics" => definition.Name is "Debug" or "Stopwatch" or "DebuggerDisplayAttribute",
            // The generic-maths interfaces (INumber<T>, IFloatingPointIeee754<T>, …) and the numeric types.
            "System.Numerics" => NumericsTypes.Contains(definition.MetadataName) || definition.TypeKind == TypeKind.Interface,
            // What string.Create(provider, $"...") formats with: an interpolated string, nothing more.
            "System.Runtime.CompilerServices" => definition.Name is "DefaultInterpolatedStringHandler",
            _ => OpenNamespaces.Contains(space),
        };
        if (!allowed)
        {
            return (name, Explain(space));
        }

        foreach (var argument in type.TypeArguments)
        {
            if (argument is INamedTypeSymbol named && RefusedType(named) is { } refusedArgument)
            {
                return refusedArgument;
            }
        }

        return null;
    }

    private static string Explain(string space) => space switch
    {
        "System.IO" => "exercise code does not read or write files",
        "System.Reflection" or "System.Reflection.Emit" => "reflection reaches the grader's own code",
        "System.Diagnostics" => "processes and debuggers belong to the grader",
        "System.Threading" or "System.Threading.Tasks" or "System.Timers" => "exercise code runs on the test's thread",
        "System.Runtime.CompilerServices" => "compiler-services attributes run code the tests did not call",
        "System.Runtime.InteropServices" or "System.Runtime.Loader" => "interop and assembly loading reach outside the rules",
        "System.Net" or "System.Net.Http" or "System.Net.Sockets" => "exercise code does not use the network",
        "System.Numerics" => "only System.Numerics' numbers, vectors and generic-maths interfaces are allowed",
        "System" => "only System's maths, numbers, strings, arrays, Random, exceptions and Console.Write/WriteLine are allowed",
        _ => "outside what the exercises need (System.Math, MathNet.Numerics, LINQ, collections, Guard, Console.WriteLine)",
    };

    private static string Name(INamedTypeSymbol type)
    {
        var space = type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : string.Empty;
        return space + type.Name;
    }
}
