namespace Chronicle.Domain.Tests.CarePlans;

using Chronicle.Domain.CarePlans;

public sealed class PlanTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    [InlineData("  walk daily \r\n twice ", "walk daily \n twice")]
    [InlineData("a\u0000b\u0007c\td", "abc d")]
    [InlineData("<script>alert('x')</script>", "<script>alert('x')</script>")]
    public void Text_is_trimmed_and_stripped_of_control_characters_but_markup_is_kept_as_typed(string? input, string expected)
    {
        Assert.Equal(expected, PlanText.Clean(input));
    }

    [Fact]
    public void Text_is_capped_at_the_maximum_length()
    {
        Assert.Equal(PlanText.MaxLength, PlanText.Clean(new string('a', PlanText.MaxLength + 50)).Length);
    }
}

public sealed class NormalizeTests
{
    [Fact]
    public void Normalizing_drops_empty_rows_gives_new_rows_ids_and_tolerates_missing_lists()
    {
        var content = new CarePlanContent
        {
            Problems = [new PlanProblem(Guid.Empty, "  Diabetes  "), new PlanProblem(Guid.NewGuid(), "   ")],
            Symptoms = null!,
            Review = null!,
            Optional = null!,
        };

        var normalized = content.Normalize();

        var problem = Assert.Single(normalized.Problems);
        Assert.Equal("Diabetes", problem.Description);
        Assert.NotEqual(Guid.Empty, problem.Id);
        Assert.Empty(normalized.Symptoms);
        Assert.Equal(ReviewSchedule.None, normalized.Review);
        Assert.Equal(OptionalAssessments.Empty, normalized.Optional);
    }
}
