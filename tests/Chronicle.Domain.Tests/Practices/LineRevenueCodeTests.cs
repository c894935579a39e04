namespace Chronicle.Domain.Tests.Practices;

using Chronicle.Domain.Common;
using Chronicle.Domain.Payers;
using Chronicle.Domain.Practices;

/// <summary>ADR 0260: a care-management line's revenue code is the payer's, else the practice's; the payer's is checked against the setting.</summary>
public sealed class LineRevenueCodeTests
{
    private static readonly Npi Facility = Npi.Parse("1234567893");

    [Theory]
    [InlineData("rhc", null, "0521")]
    [InlineData("rhc", "0522", "0522")]
    [InlineData("fqhc", "0529", "0529")]
    [InlineData("cah-method-ii", null, "0960")]
    [InlineData("cah-method-ii", "0983", "0983")]
    public void The_payers_revenue_code_wins_over_the_practices(string setting, string? payerCode, string expected)
    {
        var billing = PracticeBilling.Create(BillingSettings.TryParse(setting).GetOrThrow("setting"), null, Facility, "343975").GetOrThrow("billing");

        Assert.Equal(expected, billing.LineRevenueCode(payerCode).GetOrThrow("revenue code"));
    }

    [Fact]
    public void A_clinic_revenue_code_from_a_payer_is_refused_for_a_critical_access_hospital_and_an_office_has_none()
    {
        var cah = PracticeBilling.Create(BillingSetting.CriticalAccessHospitalMethodII, null, Facility, "343975").GetOrThrow("billing");

        Assert.Contains("not a professional-fee revenue code", cah.LineRevenueCode("0521").Error, StringComparison.Ordinal);
        Assert.False(PracticeBilling.Office.LineRevenueCode(null).IsValid);
    }

    [Theory]
    [InlineData("521")]
    [InlineData("4521")]
    [InlineData("05A1")]
    public void A_payer_with_a_malformed_revenue_code_is_refused_by_field(string code)
    {
        var details = new PayerDetails("06001", "Medicare Part A (NGS J6)", PayerKind.MedicarePartA, "J6", ClaimFormat.Institutional837I, "06001", "ZZ", "NGS PART A", code);

        Assert.Contains(details.Problems(), p => p.Field == "revenue_code");
    }

    [Fact]
    public void No_coverage_names_the_part_a_mac_since_original_medicare_is_covered_on_part_b()
    {
        var practice = PracticeId.New();
        var partA = Payer.Create(practice, new PayerDetails("06001", "Medicare Part A (NGS J6)", PayerKind.MedicarePartA, "J6", ClaimFormat.Institutional837I, "06001", "ZZ", "NGS PART A"));

        var problem = CoverageRules.Problem(partA, new CoverageDetails(partA.Id, "1EG4TE5MK73", null, CoverageOrder.Primary, new DateOnly(2026, 1, 1), null));

        Assert.Equal("payer_id", problem?.Field);
    }
}
