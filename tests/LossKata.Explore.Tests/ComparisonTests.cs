using LossKata.Explore.Views;

namespace LossKata.Explore.Tests;

/// <summary>How the learner's rows are put beside the reference's: the statuses the page colours.</summary>
public sealed class ComparisonTests
{
    private static Row Row(Outcome outcome) => new("q", "Activations.Softmax", outcome);

    private static ComparedRow Compare(double[] reference, Outcome yours) =>
        Comparison.Compare([Row(new Outcome(reference))], [Row(yours)], null).Single();

    [Fact]
    public void Values_within_the_tolerance_match()
    {
        // 1e-10 is below the 1e-9 the page promises; relative once the values pass 1, so 1000 + 1e-7 matches too.
        var row = Compare([0.5, 1000], new Outcome([0.5 + 1e-10, 1000 + 1e-7]));

        row.Status.Should().Be(RowStatus.Matches);
        row.FirstDifference.Should().BeNull();
    }

    [Fact]
    public void A_value_beyond_the_tolerance_differs_and_the_first_one_is_named()
    {
        var row = Compare([0.4, 0.3, 0.3], new Outcome([0.4, 0.3 + 1e-6, 0.5]));

        row.Status.Should().Be(RowStatus.Differs);
        row.FirstDifference.Should().Be(1, "index 1 is the first beyond 1e-9");
        row.LargestDifference.Should().BeApproximately(0.2, 1e-12, "the largest is at index 2");
        row.Yours.Should().Equal(0.4, 0.3 + 1e-6, 0.5);
    }

    [Theory]
    [InlineData(double.NaN, double.NaN, RowStatus.Matches)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity, RowStatus.Matches)]
    [InlineData(1.0, double.NaN, RowStatus.Differs)]
    [InlineData(double.PositiveInfinity, 1e300, RowStatus.Differs)]
    [InlineData(double.PositiveInfinity, double.NegativeInfinity, RowStatus.Differs)]
    public void Nan_and_infinities_match_only_themselves(double reference, double yours, RowStatus status) =>
        Compare([reference], new Outcome([yours])).Status.Should().Be(status);

    [Fact]
    public void A_different_count_of_values_differs_and_says_so()
    {
        var row = Compare([0.5, 0.5], new Outcome([1.0]));

        row.Status.Should().Be(RowStatus.Differs);
        row.Message.Should().Contain("1 values where the reference gives 2");
    }

    [Fact]
    public void The_shipped_stub_is_not_started_and_another_exercises_stub_is_a_problem()
    {
        var own = Outcome.Of("Activations.Softmax",
            () => throw new NotImplementedException("not started: implement Activations.Softmax in exercises/Level4_Softmax/Softmax.cs"));
        var other = Outcome.Of("Losses.CrossEntropy",
            () => throw new NotImplementedException("not started: implement Activations.LogSoftmax in exercises/Level4_Softmax/LogSoftmax.cs"));

        Compare([1], own).Status.Should().Be(RowStatus.NotStarted);
        var throws = Compare([1], other);
        throws.Status.Should().Be(RowStatus.Throws, "cross-entropy was started: it is the log-softmax it calls that is not");
        throws.Message.Should().Be("waits for another exercise — not started: implement Activations.LogSoftmax in exercises/Level4_Softmax/LogSoftmax.cs");
    }

    [Fact]
    public void A_throw_keeps_its_type_and_message()
    {
        var row = Compare([1], Outcome.Of("Losses.MseLoss", () => throw new ArgumentException("predictions is empty")));

        row.Status.Should().Be(RowStatus.Throws);
        row.Message.Should().Be("ArgumentException: predictions is empty");
    }

    [Fact]
    public void Without_learner_rows_every_row_is_unavailable_with_the_reason()
    {
        var rows = Comparison.Compare([Row(new Outcome([1])), Row(new Outcome([2]))], null, "building");

        rows.Should().OnlyContain(row => row.Status == RowStatus.Unavailable && row.Message == "building" && row.Reference != null);
    }
}
