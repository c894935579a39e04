namespace Chronicle.Interop.Tests.X12;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Interop.X12;

public sealed class ClaimInputMappingTests
{
    [Fact]
    public void A_stored_address_becomes_a_claim_address_with_the_zip_without_its_hyphen() =>
        Assert.Equal(
            new ClaimAddress("100 Main St", null, "Springfield", "IL", "627011234"),
            ClaimInputMapping.ToClaimAddress(new Address("100 Main St", "Springfield", "il", "62701-1234")));

    [Theory]
    [InlineData(null, "Springfield", "IL", "62701")]
    [InlineData("100 Main St", " ", "IL", "62701")]
    [InlineData("100 Main St", "Springfield", null, "62701")]
    [InlineData("100 Main St", "Springfield", "IL", null)]
    public void An_address_missing_a_part_a_claim_needs_maps_to_nothing(string? line, string? city, string? state, string? zip) =>
        Assert.Null(ClaimInputMapping.ToClaimAddress(new Address(line, city, state, zip)));

    [Theory]
    [InlineData(Sex.Female, ClaimSex.Female)]
    [InlineData(Sex.Male, ClaimSex.Male)]
    [InlineData(Sex.Other, ClaimSex.Unknown)]
    [InlineData(Sex.Unknown, ClaimSex.Unknown)]
    public void Sex_maps_to_the_three_codes_DMG03_knows(Sex sex, ClaimSex expected) =>
        Assert.Equal(expected, ClaimInputMapping.ToClaimSex(sex));

    [Fact]
    public void A_tin_with_its_hyphen_becomes_nine_digits() => Assert.Equal("123456789", ClaimInputMapping.WithoutHyphens("12-3456789"));
}
