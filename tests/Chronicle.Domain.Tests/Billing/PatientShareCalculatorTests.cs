namespace Chronicle.Domain.Tests.Billing;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;

public sealed class PatientShareCalculatorTests
{
    private static readonly DateOnly January31 = new(2026, 1, 31);

    // allowed (cents) -> 20 % coinsurance (cents), rounded per service to the cent, half away from zero.
    [Theory]
    [InlineData(6049, 1210)]   // 12.098 -> 12.10
    [InlineData(6251, 1250)]   // 12.502 -> 12.50
    [InlineData(6253, 1251)]   // 12.506 -> 12.51
    [InlineData(4593, 919)]    // 9.186 -> 9.19
    [InlineData(1, 0)]         // 0.002 -> 0.00
    [InlineData(3, 1)]         // 0.006 -> 0.01
    [InlineData(0, 0)]
    [InlineData(10000, 2000)]
    public void Coinsurance_is_twenty_percent_of_the_allowed_amount_rounded_to_the_cent(long allowed, long coinsurance)
    {
        var result = Calculate([Service("99490", allowed)]);

        Assert.Equal(new Money(coinsurance), result.Coinsurance);
        Assert.Equal(new Money(coinsurance), result.AmountDue);
        Assert.Equal(new Money(allowed - coinsurance), result.MedicarePays);
        Assert.Null(result.BillingProhibited);
    }

    [Fact]
    public void Coinsurance_is_rounded_per_service_not_on_the_total()
    {
        // 3 + 3 cents: 0.6 + 0.6 cents round to 1 + 1, where 20 % of the 6-cent total would be 1.
        var result = Calculate([Service("99490", 3), Service("99439", 3)]);

        Assert.Equal(new Money(2), result.Coinsurance);
    }

    // annual, met before, allowed services (cents) -> deductible taken, coinsurance, amount due
    [Theory]
    [InlineData(28300, 28300, new long[] { 6049, 4593 }, 0, 2129, 2129)]            // fully met before: coinsurance only
    [InlineData(28300, 30000, new long[] { 6049 }, 0, 1210, 1210)]                  // met beyond the annual amount
    [InlineData(28300, 0, new long[] { 6049, 4593 }, 10642, 0, 10642)]              // none met: everything to the deductible
    [InlineData(28300, 25000, new long[] { 6049, 4593 }, 3300, 1469, 4769)]         // partly met: 33.00 remaining; 27.49 -> 5.50, 45.93 -> 9.19
    [InlineData(28300, 28000, new long[] { 6049 }, 300, 1150, 1450)]                // 3.00 left: 20 % of 57.49 = 11.498 -> 11.50
    [InlineData(25700, 25699, new long[] { 1 }, 1, 0, 1)]                           // the last cent of the deductible
    public void The_remaining_deductible_is_taken_first_then_coinsurance_on_the_rest(long annual, long met, long[] allowed, long deductible, long coinsurance, long due)
    {
        var services = allowed.Select((cents, i) => Service(i == 0 ? "99490" : "99439", cents)).ToArray();

        var result = Calculate(services, new PartBDeductible(new Money(annual), new Money(met)));

        Assert.Equal((new Money(deductible), new Money(coinsurance), new Money(due)), (result.Deductible, result.Coinsurance, result.AmountDue));
        Assert.Equal(result.Allowed - result.AmountDue, result.MedicarePays);
    }

    [Fact]
    public void The_deductible_goes_to_the_earliest_service_first()
    {
        var late = Service("99439", 4593, new DateOnly(2026, 1, 31));
        var early = Service("99490", 6049, new DateOnly(2026, 1, 20));

        var result = Calculate([late, early], new PartBDeductible(new Money(28300), new Money(23300)));

        Assert.Equal(["99490", "99439"], result.Lines.Select(l => l.Service.Code.Value));
        Assert.Equal((new Money(5000), new Money(210)), (result.Lines[0].Deductible, result.Lines[0].Coinsurance));
        Assert.Equal((Money.Zero, new Money(919)), (result.Lines[1].Deductible, result.Lines[1].Coinsurance));
    }

    [Fact]
    public void Without_a_tracked_deductible_only_coinsurance_is_due()
    {
        var result = Calculate([Service("99490", 6049), Service("99439", 4593)], deductible: null);

        Assert.Equal(Money.Zero, result.Deductible);
        Assert.Equal(new Money(2129), result.AmountDue);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_qualified_medicare_beneficiary_owes_nothing_and_may_not_be_billed(bool deductibleTracked)
    {
        var input = new PatientShareInput(
            [Service("99490", 6049), Service("99439", 4593)],
            IsQualifiedMedicareBeneficiary: true,
            deductibleTracked ? new PartBDeductible(new Money(28300), Money.Zero) : null);

        var result = PatientShareCalculator.Calculate(input);

        Assert.Equal(Money.Zero, result.AmountDue);
        Assert.Equal(new Money(10642), result.MedicarePays);
        Assert.Equal(PatientShareCalculator.QmbCode, result.BillingProhibited?.Code);
        Assert.Equal(2, result.Lines.Count);
    }

    [Theory]
    [InlineData(2025, 25700L)]
    [InlineData(2026, 28300L)]
    [InlineData(2024, null)]
    public void The_annual_part_b_deductible_comes_from_the_table_of_its_year(int year, long? cents) =>
        Assert.Equal(cents is null ? null : new Money(cents.Value), PatientShareCalculator.PartBAnnualDeductible(year));

    [Fact]
    public void Negative_amounts_and_rates_outside_0_to_100_are_programmer_errors()
    {
        Assert.Throws<InvalidValueException>(() => Calculate([Service("99490", -1)]));
        Assert.Throws<InvalidValueException>(() => PatientShareCalculator.Calculate(new PatientShareInput([Service("99490", 100)], false, null, 101m)));
        Assert.Throws<InvalidValueException>(() => Calculate([Service("99490", 100)], new PartBDeductible(new Money(-1), Money.Zero)));
    }

    [Fact]
    public void No_services_means_nothing_due() => Assert.Equal(Money.Zero, Calculate([]).AmountDue);

    private static PatientShareResult Calculate(PatientShareService[] services, PartBDeductible? deductible = null) =>
        PatientShareCalculator.Calculate(new PatientShareInput(services, IsQualifiedMedicareBeneficiary: false, deductible));

    private static PatientShareService Service(string code, long allowedCents, DateOnly? date = null) =>
        new(HcpcsCode.Parse(code), 1, date ?? January31, new Money(allowedCents));
}
