using LossKata.Course;

namespace LossKata.Catalogue.Tests;

/// <summary>The patch format of catalogue entries, and every entry's patch against its reference file: fast, no suite
/// is built or run.</summary>
public sealed class CataloguePatchTests
{
    private const string Entry = "tests/Catalogue/Mistakes/Level1/Example.cs";
    private const string ReferenceName = "solutions/Level1_Entropy/Example.cs";

    private const string Reference = """
        namespace LossKata;

        public static class Example
        {
            /// <summary>Twice the sum.</summary>
            public static double TwiceTheSum(double[] values)
            {
                var sum = 0.0;
                foreach (var value in values)
                {
                    sum += value;
                }

                return 2 * sum;
            }
        }

        """;

    public static TheoryData<string> Entries
    {
        get
        {
            var root = Repository.Find();
            return new(CatalogueEntry.AllPaths(root));
        }
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void The_patch_of_every_entry_finds_each_of_its_anchors_once_in_its_reference(string path)
    {
        var load = () => CatalogueEntry.Load(Repository.Find(), path);

        load.Should().NotThrow("every block a patch looks for must stand exactly once in the reference file it replaces");
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void The_converter_turns_the_text_of_every_entry_back_into_a_patch_that_gives_it(string path)
    {
        var root = Repository.Find();
        var entry = CatalogueEntry.Load(root, path);
        var reference = File.ReadAllText(Path.Combine(root, "solutions", entry.Replaces));

        var patch = CataloguePatch.Write(CataloguePatch.Between(reference, entry.Source));

        CataloguePatch.Apply(path, entry.Replaces, reference, CataloguePatch.Parse(path, patch)).Should().Be(entry.Source,
            "the hunks the converter writes for {0} must, applied to its reference, give the same text again", path);
    }

    [Fact]
    public void A_hunk_replaces_exactly_its_lines_and_an_empty_with_deletes()
    {
        var patch = """
            // Mistake: the sum not doubled, and the doc comment gone
            // replace:
                    return 2 * sum;
            // with:
                    return sum;

            // replace:
                /// <summary>Twice the sum.</summary>
            // with:
            """;

        var patched = Apply(patch);

        patched.Should().Be(Reference.Replace("        return 2 * sum;", "        return sum;").Replace("    /// <summary>Twice the sum.</summary>\n", ""));
    }

    [Fact]
    public void A_range_replaces_every_line_from_its_first_block_through_its_last()
    {
        var patch = """
            // replace:
                    var sum = 0.0;
            // through:
                    return 2 * sum;
            // with:
                    return 2 * values.Sum();
            """;

        var patched = Apply(patch);

        patched.Should().Contain("    {\n        return 2 * values.Sum();\n    }").And.NotContain("foreach");
    }

    [Fact]
    public void Lines_to_replace_that_are_not_in_the_reference_fail_naming_the_entry_the_reference_and_the_lines()
    {
        var apply = () => Apply("// replace:\n        return 3 * sum;\n// with:\n        return sum;\n");

        apply.Should().Throw<InvalidDataException>()
            .WithMessage($"{Entry}: the lines of hunk 1 to replace are not in {ReferenceName}*return 3 * sum;*");
    }

    [Fact]
    public void Lines_to_replace_that_stand_twice_fail_naming_where()
    {
        var reference = "for (var i = 0; i < 2; i++)\n{\n}\n\nfor (var i = 0; i < 2; i++)\n{\n}\n";

        var apply = () => CataloguePatch.Apply(Entry, ReferenceName, reference, CataloguePatch.Parse(Entry, "// replace:\n{\n}\n// with:\n"));

        apply.Should().Throw<InvalidDataException>()
            .WithMessage($"{Entry}: the lines of hunk 1 to replace stand 2 times in {ReferenceName} (from lines 2, 6)*");
    }

    [Fact]
    public void The_last_lines_of_a_range_must_follow_its_first()
    {
        var apply = () => Apply("// replace:\n        return 2 * sum;\n// through:\n        var sum = 0.0;\n// with:\n");

        apply.Should().Throw<InvalidDataException>().WithMessage($"{Entry}: the last lines of hunk 1 to replace*come before*");
    }

    [Fact]
    public void Hunks_that_overlap_fail()
    {
        var patch = "// replace:\n        var sum = 0.0;\n// through:\n        return 2 * sum;\n// with:\n\n// replace:\n        return 2 * sum;\n// with:\n";

        var apply = () => Apply(patch);

        apply.Should().Throw<InvalidDataException>().WithMessage($"{Entry}: hunks 1 and 2 replace overlapping lines of {ReferenceName}*");
    }

    [Theory]
    [InlineData("// replace:\n        return 2 * sum;\n", "*hunk 1 has '// replace:' but no '// with:'*")]
    [InlineData("// with:\n        return sum;\n", "*line 1: '// with:' must follow the lines of a '// replace:'*")]
    [InlineData("// replace:\n// with:\n        return sum;\n", "*hunk 1 has an empty block of lines to find*")]
    [InlineData("        return sum;\n// replace:\n        return 2 * sum;\n// with:\n", "*line 1: code before the first '// replace:' belongs to no hunk*")]
    public void A_malformed_patch_fails_naming_the_entry_and_the_problem(string patch, string message)
    {
        var parse = () => CataloguePatch.Parse(Entry, patch);

        parse.Should().Throw<InvalidDataException>().WithMessage($"{Entry}*").And.Message.Should().Match(message);
    }

    [Fact]
    public void The_converter_keeps_the_comments_a_draft_left_out_and_states_only_the_change()
    {
        var draft = Reference.Replace("    /// <summary>Twice the sum.</summary>\n", "").Replace("return 2 * sum;", "return sum;");

        var kept = CataloguePatch.KeepingReferenceComments(Reference, draft);
        var hunks = CataloguePatch.Between(Reference, kept);

        kept.Should().Be(Reference.Replace("return 2 * sum;", "return sum;"));
        hunks.Should().BeEquivalentTo([new PatchHunk(["        return 2 * sum;"], null, ["        return sum;"])]);
    }

    [Fact]
    public void A_catalogue_file_without_a_replace_marker_is_a_whole_file_entry_read_as_it_is()
    {
        var root = Directory.CreateTempSubdirectory("losskata-catalogue-").FullName;
        try
        {
            var text = """
                // Mistake: the sum not doubled
                // Replaces: Level1_Entropy/Example.cs
                // Exercise: Example
                // Message must contain: "twice"
                namespace LossKata;

                """;
            var path = Path.Combine(root, CatalogueEntry.Folder, "Mistakes", "Level1", "Example.cs");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);

            var entry = CatalogueEntry.Load(root, "Mistakes/Level1/Example.cs");

            entry.Hunks.Should().BeNull();
            entry.Source.Should().Be(text);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Apply(string patch) => CataloguePatch.Apply(Entry, ReferenceName, Reference, CataloguePatch.Parse(Entry, patch));
}
