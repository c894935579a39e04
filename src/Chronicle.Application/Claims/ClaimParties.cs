namespace Chronicle.Application.Claims;

using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Payers;
using Chronicle.Interop.X12;

/// <summary>What both claim types (837P and 837I) share: the subscriber and payer they write, and the read-back check of the claims a file carries.</summary>
internal static class ClaimParties
{
    public static ClaimPatient Subscriber(Patient patient, Mbi mbi, ClaimAddress address, BillingClaim claim, Payer payer) =>
        new(mbi, patient.LastName, patient.FirstName, null, patient.BirthDate, ClaimInputMapping.ToClaimSex(patient.Sex), address)
        {
            // Original Medicare knows the patient by the MBI; a plan by its own member id.
            MemberId = payer.Kind.IsOriginalMedicare() ? null : claim.MemberId,
        };

    public static ClaimPayer PayerOf(Payer payer) => new(payer.Name, payer.Code, ClaimInputMapping.FilingIndicatorOf(payer.Kind));

    /// <summary>
    /// Loops 2320/2330A/2330B for a claim marked for crossover: the Medigap secondary as the directory
    /// names it (its payer id is the COBA id Medicare crosses claims over by; SBR09 from its kind, CI)
    /// and the patient as its subscriber with the coverage's member id (docs/rules/ccm.md §6.5).
    /// </summary>
    public static ClaimOtherPayer OtherPayerOf(Patient patient, Coverage medigap, Payer payer) =>
        new(patient.LastName, patient.FirstName, medigap.MemberId, payer.Name, payer.Code, ClaimInputMapping.FilingIndicatorOf(payer.Kind));

    /// <summary>Whether a file read back carries exactly these claims, each with its number of lines and the payer it crosses over to.</summary>
    public static bool SameClaims(IReadOnlyList<BillingClaim> claims, IEnumerable<(string ClaimId, int Lines, string? Crossover)> found) =>
        claims.Select(c => (c.ClaimNumber, c.Lines.Count, c.CrossoverPayerCode)).Order().SequenceEqual(found.Order());

    /// <summary>The crossover payer a claim read back names: the one other payer's id, or null when it names none.</summary>
    public static string? CrossoverOf(IReadOnlyList<ReadOtherPayer> others) => others.Count == 0 ? null : string.Join(",", others.Select(o => o.PayerId));

}
