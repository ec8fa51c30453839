using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

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

    public VariantCompiler(SuiteBuild build)
    {
        var commonFolder = Path.Combine(build.Folder, "src", "common");
        var common = SuiteBuild.Files(commonFolder)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal))
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
            return (assembly.ToArray(), null);
        }

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
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
