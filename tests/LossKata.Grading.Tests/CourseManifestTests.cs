
namespace LossKata.Grading.Tests;

[Collection(GradingCollection.Name)]
public sealed class CatalogTests(GradingFixture fixture)
{
    [Fact]
    public void The_points_declared_in_course_json_add_up_to_100() =>
        fixture.Course.TotalPoints.Should().Be(100);

    [Theory]
    [InlineData("Information.Entropy")]
    [InlineData("entropy")]
    [InlineData("Level1_Entropy/Entropy.cs")]
    [InlineData("exercises/Level1_Entropy/Entropy.cs")]
    public void An_exercise_is_found_by_id_member_or_file(string name) =>
        fixture.Course.Find(name).Id.Should().Be("Information.Entropy");

    [Fact]
    public void A_name_two_exercises_share_is_ambiguous_and_the_message_lists_both() =>
        fixture.Course.Invoking(c => c.Find("CrossEntropy")).Should().Throw<ArgumentException>()
            .WithMessage("*ambiguous*Information.CrossEntropy*Losses.CrossEntropy*");
}
