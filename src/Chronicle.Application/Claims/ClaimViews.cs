namespace Chronicle.Application.Claims;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Enrollment;

/// <summary>
/// A stored decision in the output shape of docs/spec/billing-scenario.md plus mrn and program,
/// as 'billing close --json' prints it (property names are the JSON's, camel-cased by the writer).
/// </summary>
public sealed record DecisionView(
    string Mrn,
    string Program,
    string Status,
    DecisionClaimView? Claim,
    CountedMinutesView CountedMinutes,
    IReadOnlyList<ReasonView> Reasons,
    IReadOnlyList<string> Explanation)
{
    public static DecisionView Of(string mrn, MonthDecision decision, BillingClaim? claim)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new(
            mrn,
            decision.Program.ToCode(),
            decision.Status.ToCode(),
            claim is null ? null : new DecisionClaimView(
                claim.BillingNpi,
                claim.DateOfService.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                claim.PlaceOfService,
                claim.DiagnosisCodes,
                claim.Lines.OrderBy(l => l.Number).Select(l => new ClaimLineView(l.Code.Value, l.Units)).ToList()),
            new CountedMinutesView(decision.ClinicalStaffMinutes, decision.BillingPractitionerMinutes),
            decision.Reasons.Select(r => new ReasonView(r.Code, r.Message, r.Source)).ToList(),
            decision.Explanation);
    }
}

public sealed record DecisionClaimView(string BillingNpi, string DateOfService, string PlaceOfService, IReadOnlyList<string> Diagnoses, IReadOnlyList<ClaimLineView> Lines);

public sealed record ClaimLineView(string Code, int Units);

public sealed record CountedMinutesView(int ClinicalStaff, int BillingPractitioner);

public sealed record ReasonView(string Code, string Message, string Source);

/// <summary>A claim as the billing page and 'claims list' show it: workflow state, money and the decision behind it.</summary>
public sealed record ClaimSummary(
    Guid Id,
    string ClaimNumber,
    Guid PatientId,
    string Mrn,
    string PatientName,
    string Program,
    string Month,
    string Status,
    int Frequency,
    string? OriginalReference,
    string BillingNpi,
    string DateOfService,
    string PlaceOfService,
    IReadOnlyList<string> Diagnoses,
    IReadOnlyList<ClaimLineSummary> Lines,
    long ChargeCents,
    long ExpectedPaymentCents,
    long? ExportedIn,
    string? Note,
    int ClinicalStaffMinutes,
    int BillingPractitionerMinutes,
    IReadOnlyList<ReasonView> Reasons,
    IReadOnlyList<string> Explanation)
{
    public static ClaimSummary Of(BillingClaim claim, MonthDecision decision, string mrn, string patientName)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(decision);
        return new(
            claim.Id, claim.ClaimNumber, claim.PatientId.Value, mrn, patientName, claim.Program.ToCode(), claim.Month.ToString(),
            claim.Status.ToCode(), claim.Frequency, claim.OriginalReference, claim.BillingNpi,
            claim.DateOfService.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), claim.PlaceOfService,
            claim.DiagnosisCodes,
            claim.Lines.OrderBy(l => l.Number).Select(l => new ClaimLineSummary(l.Code.Value, l.Units, l.ChargeCents, l.ExpectedCents)).ToList(),
            claim.Charge.Cents, claim.ExpectedPayment.Cents, claim.ExportedIn, claim.Note,
            decision.ClinicalStaffMinutes, decision.BillingPractitionerMinutes,
            decision.Reasons.Select(r => new ReasonView(r.Code, r.Message, r.Source)).ToList(),
            decision.Explanation)
        {
            PaidAmount = claim.PaidCents is { } paid ? paid / 100m : null,
            PatientResponsibility = claim.PatientResponsibilityCents is { } owed ? owed / 100m : null,
            PayerClaimNumber = claim.PayerClaimNumber,
        };
    }

    /// <summary>What was billed, in dollars (the sum of the lines' charges).</summary>
    public decimal ChargeAmount => ChargeCents / 100m;

    /// <summary>What the payer paid by its 835 (net of reversals); null before any remittance.</summary>
    public decimal? PaidAmount { get; init; }

    /// <summary>What the patient owes by the payer's adjudication (835 CLP05); null before any remittance.</summary>
    public decimal? PatientResponsibility { get; init; }

    /// <summary>The 835's adjustments (CAS) of the claim and its lines, by group and reason.</summary>
    public IReadOnlyList<AdjustmentView> Adjustments { get; init; } = [];

    public string? PayerClaimNumber { get; init; }
}

/// <summary>One posted adjustment: group (CO, PR, OA, PI, CR), reason (CARC), amount in dollars, the line number if on a line.</summary>
public sealed record AdjustmentView(string Group, string Reason, decimal Amount, int? Line);

public sealed record ClaimLineSummary(string Code, int Units, long ChargeCents, long ExpectedPaymentCents);

/// <summary>The claims of a month with their totals by status; <paramref name="ChangedSinceClose"/> numbers the open claims whose time changed after the last close.</summary>
public sealed record ClaimList(string Month, IReadOnlyList<ClaimSummary> Claims, IReadOnlyList<StatusTotal> Totals, IReadOnlyList<string> ChangedSinceClose);

public sealed record StatusTotal(string Status, int Claims, long ChargeCents, long ExpectedPaymentCents);
