using LossKata.Grading;

[assembly: AssemblyFixture(typeof(LossKata.Catalogue.Tests.SuiteFixture))]

namespace LossKata.Catalogue.Tests;

/// <summary>One <see cref="SuiteRunner"/> for the whole run: it builds the suite once, then compiles and runs each
/// catalogue entry against it.</summary>
public sealed class SuiteFixture : IDisposable
{
    /// <summary>Generous: one exercise's tests take a second or two; only an entry that hangs comes near this.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(2);

    public SuiteFixture()
    {
        RepositoryRoot = FindRepositoryRoot();

        // Each run executes in a folder of the engine's cache; tests that read the MNIST subset look for data/ beside
        // or above their program, so the cache must lie inside the repository (artifacts/ is ignored by git).
        Environment.SetEnvironmentVariable(SuiteRunner.CacheVariable, Path.Combine(RepositoryRoot, "artifacts", "grading-cache"));
        Runner = SuiteRunner.Create(RepositoryRoot);
        Reference = ImplementationVariant.Reference(RepositoryRoot);
    }

    public string RepositoryRoot { get; }

    public SuiteRunner Runner { get; }

    public ImplementationVariant Reference { get; }

    public void Dispose() => Runner.Dispose();

    public static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "tests", "exercises.json")) && Directory.Exists(Path.Combine(folder.FullName, CatalogueEntry.Folder)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No LossKata repository (tests/exercises.json and {CatalogueEntry.Folder}) above {AppContext.BaseDirectory}.");
    }
}
