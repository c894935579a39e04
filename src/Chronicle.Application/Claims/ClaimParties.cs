namespace Chronicle.Application.Claims;

using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Payers;
using Chronicle.Interop.X12;

/// <summary>The subscriber and payer of a claim as both claim types (837P and 837I) write them.</summary>
internal static class ClaimParties
{
    public static ClaimPatient Subscriber(Patient patient, Mbi mbi, ClaimAddress address, BillingClaim claim, Payer payer) =>
        new(mbi, patient.LastName, patient.FirstName, null, patient.BirthDate, ClaimInputMapping.ToClaimSex(patient.Sex), address)
        {
            // Original Medicare knows the patient by the MBI; a plan by its own member id.
            MemberId = payer.Kind == PayerKind.MedicarePartB ? null : claim.MemberId,
        };

    public static ClaimPayer PayerOf(Payer payer) => new(payer.Name, payer.Code, ClaimInputMapping.FilingIndicatorOf(payer.Kind));
}
