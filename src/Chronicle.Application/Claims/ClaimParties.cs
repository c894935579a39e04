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

    /// <summary>Whether a file read back carries exactly these claims, each with its number of lines.</summary>
    public static bool SameClaims(IReadOnlyList<BillingClaim> claims, IEnumerable<(string ClaimId, int Lines)> found) =>
        claims.Select(c => (c.ClaimNumber, c.Lines.Count)).Order().SequenceEqual(found.Order());
}
