using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace LossKata.Grading;

/// <summary>
/// Compiles an implementation of the exercises in process with Roslyn into an assembly named like the one the suite
/// was built against (<c>LossKata.Exercises</c>, same version), so that it can take that assembly's place. It uses
/// the options and generated sources (global usings, assembly attributes) of the MSBuild build of the suite, the
/// running runtime's assemblies and the packages the exercises reference (MathNet.Numerics).
/// </summary>
internal sealed class VariantCompiler
{
    private const int MaxErrors = 20;

    private static readonly string[] PreprocessorSymbols = ["RELEASE", "NET", "NETCOREAPP", "NET10_0", "NET10_0_OR_GREATER"];

    /// <summary>How every file is parsed (also by <see cref="LearnerSource"/>, which must see the same directives).</summary>
    internal static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None, preprocessorSymbols: PreprocessorSymbols);

    /// <summary>common/ and the generated sources with every reference: each variant adds its trees to it, so that
    /// all compilations share one set of referenced-assembly symbols instead of binding the runtime anew each time.</summary>
    private readonly CSharpCompilation baseCompilation;

    /// <summary>What every name of common/ and of the reference's exercise files binds to in the reference build, by
    /// path: a learner's variant must leave each exactly as it is.</summary>
    private readonly Lazy<ReferenceMeaning> reference;

    /// <summary>The reference build as the rebinding check needs it: what every name of common/ and of the reference's
    /// exercise files binds to (by path), every symbol the reference and common/ declare, and every name they use.</summary>
    private sealed record ReferenceMeaning(
        IReadOnlyDictionary<string, IReadOnlyDictionary<TextSpan, Binding>> Bindings,
        IReadOnlySet<string> Declared,
        IReadOnlySet<string> Names);

    public VariantCompiler(SuiteBuild build)
    {
        var commonFolder = Path.Combine(build.Folder, "src", "common");
        // What the learner's build compiles from common/ (common/LossKata.Common.props): the fast provider under
        // LinearAlgebra/Provider is a project of its own, referenced as an assembly, never part of the exercises.
        var provider = Path.Combine(commonFolder, "LinearAlgebra", "Provider") + Path.DirectorySeparatorChar;
        var common = SuiteBuild.Files(commonFolder)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) && !path.StartsWith(provider, StringComparison.Ordinal))
            .Select(path => Parse(File.ReadAllText(path), "common/" + SuiteBuild.Relative(commonFolder, path)));
        var generated = Directory.EnumerateFiles(build.GeneratedSourcesFolder, "*.cs")
            .Select(path => Parse(File.ReadAllText(path), "obj/" + Path.GetFileName(path)));
        baseCompilation = CSharpCompilation.Create(
            SuiteBuild.ExercisesAssembly,
            [.. common, .. generated],
            [.. RuntimeReferences(), .. PackageReferences(build.OutputFolder)],
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));
        var referenceFolder = Path.Combine(build.Folder, "src", "exercises");
        reference = new(() =>
        {
            var compilation = baseCompilation.AddSyntaxTrees(SuiteBuild.Files(referenceFolder)
                .Where(path => path.EndsWith(".cs", StringComparison.Ordinal))
                .Select(path => Parse(File.ReadAllText(path), "exercises/" + SuiteBuild.Relative(referenceFolder, path))));
            var trees = compilation.SyntaxTrees.Where(IsReferenceOrCommon).ToList();
            return new ReferenceMeaning(
                trees.ToDictionary(tree => tree.FilePath, tree => Bindings.Of(compilation.GetSemanticModel(tree), CancellationToken.None), StringComparer.Ordinal),
                trees.SelectMany(tree => Declared(compilation.GetSemanticModel(tree), CancellationToken.None)).Select(Bindings.KeyOf).ToHashSet(StringComparer.Ordinal),
                trees.SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>()).Select(name => name.Identifier.ValueText).ToHashSet(StringComparer.Ordinal));
        });
    }

    /// <summary>Compiles the given files (path for messages → text). The files whose paths are in
    /// <paramref name="learnerPaths"/> are the learner's: they must also keep <see cref="CodeRules"/>. On success the
    /// result holds the assembly bytes (with an embedded PDB, so stack traces name the learner's file and line);
    /// otherwise the compiler's errors, then the rules broken, each with its file and line. Throws
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellation"/> fires first (code can keep the
    /// compiler busy for ever: nested lambdas passed to overloads, say).</summary>
    public (byte[]? Assembly, string? Errors) Compile(IReadOnlyDictionary<string, string> files, IReadOnlySet<string> learnerPaths, CancellationToken cancellation = default)
    {
        var trees = files.Select(file => Parse(file.Value, file.Key)).ToList();
        var compilation = baseCompilation.AddSyntaxTrees(trees);
        var violations = CodeRules.Check(compilation, trees.Where(tree => learnerPaths.Contains(tree.FilePath)), cancellation);
        if (violations.Count > 0)
        {
            return (null, string.Join('\n', violations.Take(MaxErrors)) + (violations.Count > MaxErrors ? $"\n... and {violations.Count - MaxErrors} more." : string.Empty));
        }

        using var assembly = new MemoryStream();
        var result = compilation.Emit(assembly, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded), cancellationToken: cancellation);
        if (result.Success)
        {
            if (ReferenceRebound(compilation, learnerPaths, cancellation) is { } rebound)
            {
                return (null, rebound.ToString());
            }

            var bytes = assembly.ToArray();
            var unverifiable = VerifiableCode.Problems(bytes);
            return unverifiable.Count == 0 ? (bytes, null) : (null, string.Join('\n', unverifiable.Take(MaxErrors)));
        }

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        // Errors in the reference or common/, which compile on their own: a learner's declaration changed what they
        // mean (a class Math without the Pow they call, say). Name that declaration, not the reference's line.
        if (errors.Any(error => error.Location.SourceTree is { } tree && IsReferenceOrCommon(tree) && !learnerPaths.Contains(tree.FilePath))
            && ReferenceRebound(compilation, learnerPaths, cancellation) is { } cause)
        {
            return (null, cause.ToString());
        }

        var text = new StringBuilder();
        foreach (var error in errors.Take(MaxErrors))
        {
            text.AppendLine(error.ToString());
        }

        if (errors.Count > MaxErrors)
        {
            text.AppendLine($"... and {errors.Count - MaxErrors} more errors.");
        }

        return (null, text.ToString().TrimEnd());
    }

    /// <summary>For each learner file, the other exercise files — the learner's or the reference's — whose
    /// declarations it uses (directly); null when a learner file breaks <see cref="CodeRules.TooDeeplyNested"/>, as
    /// binding it could take hours. Only the learner's trees are bound; code that does not compile shows when the
    /// variant is compiled to run.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>>? Dependencies(IReadOnlyDictionary<string, string> files, IReadOnlySet<string> learnerPaths, CancellationToken cancellation = default)
    {
        var trees = files.Select(file => Parse(file.Value, file.Key)).ToList();
        if (CodeRules.TooDeeplyNested(trees.Where(tree => learnerPaths.Contains(tree.FilePath))).Count > 0)
        {
            return null;
        }

        var compilation = baseCompilation.AddSyntaxTrees(trees);

        var dependencies = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var tree in trees.Where(tree => learnerPaths.Contains(tree.FilePath)))
        {
            var model = compilation.GetSemanticModel(tree);
            dependencies[tree.FilePath] = tree.GetRoot().DescendantNodes()
                .Select(node => model.GetSymbolInfo(node, cancellation).Symbol)
                .OfType<ISymbol>()
                // A namespace, or a partial API class (Information, Activations, …), is declared in every exercise
                // file of its level: naming it says nothing; using a member, or a helper type, does.
                .SelectMany(symbol => symbol.OriginalDefinition is INamespaceSymbol or INamedTypeSymbol { DeclaringSyntaxReferences.Length: > 1 }
                    ? []
                    : symbol.OriginalDefinition.DeclaringSyntaxReferences)
                .Select(reference => reference.SyntaxTree.FilePath)
                .Where(path => path != tree.FilePath && path.StartsWith("exercises/", StringComparison.Ordinal))
                .ToHashSet(StringComparer.Ordinal);
        }

        return dependencies;
    }

    /// <summary>What every name of each learner file binds to when these files are compiled together (nothing is
    /// emitted): the grader compares a file's bindings in the code it runs with those of the learner's own build of
    /// its level, so that a file is never graded with a meaning it does not have there.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<TextSpan, Binding>> LearnerBindings(IReadOnlyDictionary<string, string> files, IReadOnlySet<string> learnerPaths, CancellationToken cancellation = default)
    {
        var trees = files.Select(file => Parse(file.Value, file.Key)).ToList();
        var compilation = baseCompilation.AddSyntaxTrees(trees);
        return trees.Where(tree => learnerPaths.Contains(tree.FilePath))
            .ToDictionary(tree => tree.FilePath, tree => Bindings.Of(compilation.GetSemanticModel(tree), cancellation), StringComparer.Ordinal);
    }

    /// <summary>The learner's declaration that changes what a name of common/ or of the reference means (a class
    /// <c>Math</c> in namespace LossKata, a LINQ-like extension, a closer overload, a global using), or null: graded
    /// code must bind as the learner's own build binds it, and the reference for the other exercises as it always
    /// does.</summary>
    private RuleViolation? ReferenceRebound(CSharpCompilation compilation, IReadOnlySet<string> learnerPaths, CancellationToken cancellation)
    {
        if (!MayRebind(compilation, learnerPaths, cancellation))
        {
            return null;
        }

        foreach (var tree in compilation.SyntaxTrees.Where(tree => IsReferenceOrCommon(tree) && !learnerPaths.Contains(tree.FilePath)))
        {
            if (!reference.Value.Bindings.TryGetValue(tree.FilePath, out var before)
                || Bindings.FirstChange(before, Bindings.Of(compilation.GetSemanticModel(tree), cancellation, keepSymbols: true)) is not { } change)
            {
                continue;
            }

            var (was, now) = change;

            var place = Bindings.Place(tree, was.Span).Replace("exercises/", "solutions/", StringComparison.Ordinal);
            var reason = $"it changes what the reference code means: `{was.Text}` at {place} would mean {now?.Key ?? "nothing"} instead of {was.Key}; give yours another name";
            var declaration = now?.Symbol?.OriginalDefinition.DeclaringSyntaxReferences.FirstOrDefault(d => learnerPaths.Contains(d.SyntaxTree.FilePath));
            if (declaration is not null)
            {
                return new RuleViolation(declaration.SyntaxTree.FilePath, declaration.SyntaxTree.GetLineSpan(declaration.Span).StartLinePosition.Line + 1, now!.Key, reason, IsDeclaration: true);
            }

            var learnerTree = compilation.SyntaxTrees.First(t => learnerPaths.Contains(t.FilePath));
            var globalUsing = compilation.SyntaxTrees.Where(t => learnerPaths.Contains(t.FilePath))
                .SelectMany(t => t.GetCompilationUnitRoot(cancellation).Usings.Where(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)))
                .FirstOrDefault();
            return globalUsing is not null
                ? new RuleViolation(globalUsing.SyntaxTree.FilePath, globalUsing.SyntaxTree.GetLineSpan(globalUsing.Span).StartLinePosition.Line + 1, "global using", reason)
                : new RuleViolation(learnerTree.FilePath, 1, "a declaration", reason, IsDeclaration: true);
        }

        return null;
    }

    /// <summary>Whether the learner's files could change what a name of the reference means, which the full check
    /// then decides: only through a global using, or a declaration the reference does not have (an overload, a type,
    /// a namespace) whose name the reference or common/ uses — a name is looked up by its text, so a helper
    /// <c>PLogP</c> cannot change what <c>Math.Log</c> means. Binding every file of the reference costs more than
    /// compiling a learner's.</summary>
    private bool MayRebind(CSharpCompilation compilation, IReadOnlySet<string> learnerPaths, CancellationToken cancellation)
    {
        foreach (var tree in compilation.SyntaxTrees.Where(tree => learnerPaths.Contains(tree.FilePath)))
        {
            var root = tree.GetCompilationUnitRoot(cancellation);
            if (root.Usings.Any(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)))
            {
                return true;
            }

            var names = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()
                .SelectMany(space => space.Name.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                .Select(name => name.Identifier.ValueText)
                .Where(name => name != "LossKata");
            var declared = Declared(compilation.GetSemanticModel(tree), cancellation)
                .Where(symbol => !reference.Value.Declared.Contains(Bindings.KeyOf(symbol)))
                .Select(symbol => symbol.Name);
            if (names.Concat(declared).Any(reference.Value.Names.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The symbols a file declares that other files can see: types, members, enum members.</summary>
    private static IEnumerable<ISymbol> Declared(SemanticModel model, CancellationToken cancellation) =>
        model.SyntaxTree.GetRoot(cancellation).DescendantNodes()
            .Where(node => node is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or BaseMethodDeclarationSyntax
                or BasePropertyDeclarationSyntax or VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } or EnumMemberDeclarationSyntax)
            .Select(node => model.GetDeclaredSymbol(node, cancellation))
            .OfType<ISymbol>();

    private static bool IsReferenceOrCommon(SyntaxTree tree) =>
        tree.FilePath.StartsWith("common/", StringComparison.Ordinal) || tree.FilePath.StartsWith("exercises/", StringComparison.Ordinal);

    private SyntaxTree Parse(string text, string path) =>
        CSharpSyntaxTree.ParseText(text, ParseOptions, path, Encoding.UTF8);

    private static IEnumerable<MetadataReference> RuntimeReferences() =>
        Directory.EnumerateFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            .Where(IsManagedAssembly)
            .Select(path => MetadataReference.CreateFromFile(path));

    /// <summary>The assemblies the reference build of the exercises references that are not part of the runtime,
    /// found in the suite's output folder (MathNet.Numerics.dll).</summary>
    private static IEnumerable<MetadataReference> PackageReferences(string outputFolder)
    {
        using var stream = File.OpenRead(Path.Combine(outputFolder, SuiteBuild.ExercisesAssembly + ".dll"));
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
            var path = Path.Combine(outputFolder, name + ".dll");
            if (File.Exists(path))
            {
                yield return MetadataReference.CreateFromFile(path);
            }
        }
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new PEReader(stream);
            return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
