using LossKata.Grading;

namespace LossKata.Tests;

/// <summary>tests/exercises.json (copied beside the suite), the one list of exercises, levels and points, read
/// through the same <see cref="Catalog"/> model as the grading tools.</summary>
public static class ExerciseCatalog
{
    private static readonly Lazy<Catalog> Loaded = new(() => Catalog.LoadFile(Path.Combine(AppContext.BaseDirectory, "exercises.json")));

    public static Catalog Instance => Loaded.Value;
}
