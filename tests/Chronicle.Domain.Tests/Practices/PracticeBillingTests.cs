namespace Chronicle.Domain.Tests.Practices;

using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;

/// <summary>docs/rules/institutional.md §1: a practice's billing setting and the facility facts it needs.</summary>
public sealed class PracticeBillingTests
{
    private static readonly Npi Facility = Npi.Parse("1234567893");

    [Theory]
    [InlineData("rhc", null, "0521", "71")]
    [InlineData("fqhc", null, "0521", "77")]
    [InlineData("cah-method-ii", null, "0960", "85")]
    [InlineData("cah-method-ii", "0983", "0983", "85")]
    [InlineData("RHC", "0522", "0522", "71")]
    public void An_institutional_setting_takes_its_default_revenue_code_unless_another_is_given(string code, string? revenueCode, string expected, string typeOfBill)
    {
        var setting = BillingSettings.TryParse(code).GetOrThrow("setting");

        var billing = PracticeBilling.Create(setting, revenueCode, Facility, "343975").GetOrThrow("billing");

        Assert.Equal((expected, typeOfBill, true), (billing.RevenueCode, billing.Setting.TypeOfBillPrefix(), billing.Setting.IsInstitutional()));
    }

    [Theory]
    [InlineData(BillingSetting.CriticalAccessHospitalMethodII, "0521", "1234567893", "343975", "not a professional-fee revenue code")]
    [InlineData(BillingSetting.RuralHealthClinic, "4521", "1234567893", "343975", "not a revenue code")]
    [InlineData(BillingSetting.RuralHealthClinic, null, null, "343975", "needs the facility's NPI")]
    [InlineData(BillingSetting.FederallyQualifiedHealthCenter, null, "1234567893", null, "needs its six-character CMS Certification Number")]
    [InlineData(BillingSetting.FederallyQualifiedHealthCenter, null, "1234567893", "34-39", "'34-39' is not one")]
    [InlineData(BillingSetting.ProfessionalOffice, "0521", null, null, "a professional office has no revenue code")]
    public void Wrong_or_missing_facility_facts_are_refused_with_a_reason(BillingSetting setting, string? revenueCode, string? npi, string? ccn, string message)
    {
        var result = PracticeBilling.Create(setting, revenueCode, npi is null ? null : Npi.Parse(npi), ccn);

        Assert.False(result.IsValid);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_setting_names_the_ones_there_are()
    {
        Assert.Equal("'clinic' is not a billing setting; use one of office, rhc, fqhc, cah-method-ii.", BillingSettings.TryParse("clinic").Error);
    }

    [Fact]
    public void Details_without_a_setting_make_an_office_and_a_change_of_setting_is_a_change()
    {
        var details = new PracticeDetails("Prairie Clinic", Npi.Parse("1245319599"), "123456789", Address.Empty, null, PracticeTimeZone.Parse("America/Chicago"), "11");
        var practice = Practice.Create(details);

        Assert.Equal(PracticeBilling.Office, practice.Billing);
        Assert.True(practice.Update(details with { Billing = PracticeBilling.Create(BillingSetting.RuralHealthClinic, null, Facility, "343975").GetOrThrow("billing") }));
        Assert.Equal((BillingSetting.RuralHealthClinic, "0521", "343975"), (practice.BillingSetting, practice.RevenueCode, practice.Ccn));
        Assert.False(practice.Update(details with { Billing = PracticeBilling.Create(BillingSetting.RuralHealthClinic, null, Facility, "343975").GetOrThrow("billing") }));
    }
}
