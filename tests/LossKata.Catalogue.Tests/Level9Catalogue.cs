namespace LossKata.Catalogue.Tests;

public sealed class Level9Catalogue(SuiteFixture suite) : CatalogueTests(suite)
{
    public static TheoryData<string> Mistakes => EntriesOf(EntryKind.Mistake, 9);

    public static TheoryData<string> Alternatives => EntriesOf(EntryKind.Alternative, 9);
}
