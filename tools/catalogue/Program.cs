// Turns whole-file entries of tests/Catalogue into patch entries on their reference file:
//   dotnet run --project tools/catalogue -- tests/Catalogue                 (every whole-file entry below a folder)
//   dotnet run --project tools/catalogue -- tests/Catalogue/Mistakes/Level8/TrainerZeroGradForgotten.cs
// The reference's comments that a draft left out stay (they are no part of its change). An entry is rewritten only
// when its patch, applied to the reference, gives the draft's code line for line; otherwise it is left as it is.
using LossKata.Catalogue.Tests;

const string CatalogueSegment = "/" + CatalogueEntry.Folder + "/";

if (args.Length == 0)
{
    Console.Error.WriteLine("Usage: dotnet run --project tools/catalogue -- <entry file or folder under tests/Catalogue>...");
    return 2;
}

var (converted, refused) = (0, 0);
foreach (var file in args.SelectMany(EntryFiles))
{
    var full = Path.GetFullPath(file).Replace('\\', '/');
    var at = full.LastIndexOf(CatalogueSegment, StringComparison.Ordinal);
    if (at < 0)
    {
        Console.Error.WriteLine($"{file}: not under {CatalogueEntry.Folder}/, left as it is.");
        refused++;
        continue;
    }

    var (root, path) = (full[..at], full[(at + CatalogueSegment.Length)..]);
    var entry = CatalogueEntry.Load(root, path);
    if (entry.Hunks is not null)
    {
        continue;
    }

    var lines = entry.Source.Split('\n');
    var header = string.Join('\n', lines.TakeWhile(line => line.StartsWith("//", StringComparison.Ordinal)));
    var draft = string.Join('\n', lines.SkipWhile(line => line.StartsWith("//", StringComparison.Ordinal)));
    var referenceName = $"solutions/{entry.Replaces}";
    var reference = File.ReadAllText(Path.Combine(root, referenceName));
    var target = CataloguePatch.KeepingReferenceComments(reference, draft);
    var hunks = CataloguePatch.Between(reference, target);
    var patchEntry = $"{header}\n\n{CataloguePatch.Write(hunks)}";

    var name = $"{CatalogueEntry.Folder}/{path}";
    var applied = CataloguePatch.Apply(name, referenceName, reference, CataloguePatch.Parse(name, patchEntry));
    if (applied != target || !CataloguePatch.CodeLines(applied).SequenceEqual(CataloguePatch.CodeLines(draft)))
    {
        Console.Error.WriteLine($"{name}: the patch does not give the draft's code back, left as it is.");
        refused++;
        continue;
    }

    File.WriteAllText(Path.Combine(root, CatalogueEntry.Folder, path), patchEntry);
    Console.WriteLine($"{name}: {hunks.Count} hunk(s), {lines.Length - 1} → {patchEntry.Split('\n').Length - 1} lines");
    converted++;
}

Console.WriteLine($"{converted} converted, {refused} left as they were.");
return refused == 0 ? 0 : 1;

static IEnumerable<string> EntryFiles(string argument) =>
    Directory.Exists(argument)
        ? Directory.EnumerateFiles(argument, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : [argument];
