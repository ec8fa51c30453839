using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCaseOrderer(typeof(LossKata.Tests.DeclarationOrder))]

namespace LossKata.Tests;

/// <summary>
/// Runs (and so reports) a class's tests in the order they are written: the worked examples a doc page walks
/// through first, then the properties, then the bad input, each theory's rows in their data order. xUnit.net's
/// default order is a hash of each test's id, stable but meaningless, and the grader lists an exercise's failures
/// in the report's order.
/// </summary>
public sealed class DeclarationOrder : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase =>
        testCases.OrderBy(Position).ToList();

    /// <summary>A method's metadata token grows with its place in the source (files of a partial class in
    /// compilation order); the sort is stable, so a theory's rows keep their order.</summary>
    private static int Position<TTestCase>(TTestCase testCase) where TTestCase : notnull, ITestCase =>
        testCase is IXunitTestCase xunit ? xunit.TestMethod.Method.MetadataToken : int.MaxValue;
}
