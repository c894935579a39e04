namespace Chronicle.Domain.Billing.Claims;

using Chronicle.Domain.Common;

/// <summary>What a claim bills, compared by value so that month close can tell "nothing changed".</summary>
public sealed record ClaimContent(string BillingNpi, DateOnly DateOfService, string PlaceOfService, IReadOnlyList<string> Diagnoses, IReadOnlyList<PricedLine> Lines)
{
    /// <summary>Who the claim is billed to; null for claims decided before payers were kept.</summary>
    public ClaimPayerFact? Payer { get; init; }

    public static ClaimContent Of(BillingClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new(claim.BillingNpi, claim.DateOfService, claim.PlaceOfService, claim.DiagnosisCodes,
            claim.Lines.OrderBy(l => l.Number).Select(l => new PricedLine(l.Code, l.Units, l.Charge, l.ExpectedPayment)).ToList())
        {
            Payer = claim.PayerCode is { } code ? new ClaimPayerFact(code, claim.MemberId ?? string.Empty, claim.CrossoverPayerCode) : null,
        };
    }

    /// <summary>The engine's claim priced: the practice's charge per unit (else the allowed amount) and the allowed amount for its setting and place of service.</summary>
    public static ClaimContent Price(ProposedClaim claim, int year, FeeSchedule fees, IReadOnlyDictionary<string, Money> charges)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(fees);
        ArgumentNullException.ThrowIfNull(charges);
        var lines = claim.Lines.Select(l =>
        {
            var allowed = SettingPayment.PerUnit(claim.Setting, fees.Find(year, l.Code), claim.PlaceOfService);
            var charge = charges.TryGetValue(l.Code.Value, out var own) ? own : allowed;
            return new PricedLine(l.Code, l.Units, charge * l.Units, allowed * l.Units);
        }).ToList();
        return new(claim.BillingNpi, claim.DateOfService, claim.PlaceOfService, claim.Diagnoses, lines) { Payer = claim.Payer };
    }

    public bool Equals(ClaimContent? other) =>
        other is not null && BillingNpi == other.BillingNpi && DateOfService == other.DateOfService && PlaceOfService == other.PlaceOfService
        && Diagnoses.SequenceEqual(other.Diagnoses, StringComparer.Ordinal) && Lines.SequenceEqual(other.Lines) && Payer == other.Payer;

    public override int GetHashCode() => HashCode.Combine(BillingNpi, DateOfService, PlaceOfService, Diagnoses.Count, Lines.Count);
}

public sealed record PricedLine(HcpcsCode Code, int Units, Money Charge, Money ExpectedPayment);
