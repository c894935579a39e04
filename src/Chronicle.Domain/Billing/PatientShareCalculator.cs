namespace Chronicle.Domain.Billing;

using System.Globalization;
using Chronicle.Domain.Common;

/// <summary>
/// The patient's share of Medicare Part B services: the remaining annual deductible is taken from
/// the services in date order, then the coinsurance (20 %) of what is left of each service's
/// allowed amount, rounded to the cent per service as the remittance advice does. A Qualified
/// Medicare Beneficiary owes nothing: federal law forbids billing them Medicare cost sharing.
/// </summary>
public static class PatientShareCalculator
{
    public const decimal PartBCoinsurancePercent = 20m;

    public const string QmbCode = "STATEMENT-QMB";

    public static readonly Finding QmbFinding = new(
        QmbCode,
        "The patient is a Qualified Medicare Beneficiary: they may not be billed Medicare deductible or coinsurance.",
        "Social Security Act §1902(n)(3)(B) (QMB billing prohibition); docs/rules/ccm.md, cost sharing");

    // Part B's annual deductible by calendar year (docs/rules/ccm.md, cost sharing: PREM26). A new year is a new row.
    private static readonly Dictionary<int, Money> AnnualDeductibles = new()
    {
        [2025] = new Money(25700),
        [2026] = new Money(28300),
    };

    /// <summary>The Part B annual deductible of a calendar year, or null for a year not in the table.</summary>
    public static Money? PartBAnnualDeductible(int year) => AnnualDeductibles.TryGetValue(year, out var amount) ? amount : null;

    public static PatientShareResult Calculate(PatientShareInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.CoinsurancePercent is < 0 or > 100)
        {
            throw new InvalidValueException("coinsurance", $"{input.CoinsurancePercent} % is not a rate between 0 and 100.");
        }

        if (input.Services.FirstOrDefault(s => s.Allowed < Money.Zero) is { } negative)
        {
            throw new InvalidValueException("allowed amount", $"{negative.Code} on {negative.ServiceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} has a negative allowed amount.");
        }

        if (input.Deductible is { } deductible && (deductible.Annual < Money.Zero || deductible.MetBeforeThisMonth < Money.Zero))
        {
            throw new InvalidValueException("deductible", "The deductible and the amount met cannot be negative.");
        }

        var ordered = input.Services.Select((service, index) => (service, index))
            .OrderBy(s => s.service.ServiceDate).ThenBy(s => s.index).Select(s => s.service).ToList();
        if (input.IsQualifiedMedicareBeneficiary)
        {
            return new PatientShareResult([.. ordered.Select(s => new PatientShareLine(s, Money.Zero, Money.Zero))], QmbFinding);
        }

        var remaining = input.Deductible?.Remaining ?? Money.Zero;
        var lines = new List<PatientShareLine>(ordered.Count);
        foreach (var service in ordered)
        {
            var toDeductible = service.Allowed < remaining ? service.Allowed : remaining;
            remaining -= toDeductible;
            var coinsurance = (service.Allowed - toDeductible).Percent(input.CoinsurancePercent);
            lines.Add(new PatientShareLine(service, toDeductible, coinsurance));
        }

        return new PatientShareResult(lines, null);
    }
}
