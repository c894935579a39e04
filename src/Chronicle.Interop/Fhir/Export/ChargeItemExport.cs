namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Practices;
using Hl7.Fhir.Model;

/// <summary>
/// One line of a month's claim as core R4 ChargeItem (interop brief §3.1 "monthly billable unit"):
/// the code and units, the calendar month as occurrence, the charge as price override, the
/// claim's ICD-10-CM codes as reasons, the billing practitioner as performer, the practice as
/// performing organization, and the care-management Procedures of that month as the service.
/// Ready, reviewed and approved lines are <c>billable</c>, held ones <c>planned</c>, blocked ones
/// <c>not-billable</c>, and lines already sent <c>billed</c>.
/// </summary>
public static class ChargeItemExport
{
    public static ChargeItem ToFhir(BillingClaim claim, BillingClaimLine line, Practice practice, StaffMember? billing, IEnumerable<Guid> procedures)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(procedures);
        var month = claim.Month;
        var resource = new ChargeItem
        {
            Id = line.Id.ToString(),
            Status = StatusOf(claim.Status),
            Code = new CodeableConcept(ExportSystems.Cpt, line.Code.Value),
            Subject = References.To("Patient", claim.PatientId.Value),
            Occurrence = new Period { Start = Dates.Date(month.FirstDay), End = Dates.Date(month.LastDay) },
            Quantity = new Quantity { Value = line.Units },
            PriceOverride = ClaimExport.Usd(line.Charge),
            OverrideReason = "The practice's charge for the units billed.",
            PerformingOrganization = References.Organization(practice),
            EnteredDateElement = new FhirDateTime(claim.StatusChangedAt),
        };
        resource.Identifier.Add(new Identifier(ClaimExport.ClaimNumbers, claim.ClaimNumber));
        resource.Performer.Add(new ChargeItem.PerformerComponent { Actor = ClaimExport.Practitioner(claim.BillingNpi, billing) });
        foreach (var code in claim.DiagnosisCodes)
        {
            resource.Reason.Add(ClaimExport.Diagnosis(code));
        }

        foreach (var procedure in procedures)
        {
            resource.Service.Add(References.To("Procedure", procedure));
        }

        return resource;
    }

    public static ChargeItem.ChargeItemStatus StatusOf(ClaimStatus status) => status switch
    {
        ClaimStatus.OnHold => ChargeItem.ChargeItemStatus.Planned,
        ClaimStatus.Blocked => ChargeItem.ChargeItemStatus.NotBillable,
        _ when status.IsSent() || status is ClaimStatus.Superseded or ClaimStatus.WrittenOff => ChargeItem.ChargeItemStatus.Billed,
        _ => ChargeItem.ChargeItemStatus.Billable,
    };

    /// <summary>The claim statuses a ChargeItem status code stands for (search), or null for one Chronicle never writes.</summary>
    public static IReadOnlyList<ClaimStatus>? StatusesOf(string code) => code switch
    {
        "planned" => [ClaimStatus.OnHold],
        "not-billable" => [ClaimStatus.Blocked],
        "billed" => [ClaimStatus.Exported, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Rejected, ClaimStatus.Paid, ClaimStatus.Denied, ClaimStatus.Reversed, ClaimStatus.Superseded, ClaimStatus.WrittenOff],
        "billable" => [ClaimStatus.Ready, ClaimStatus.NeedsReview, ClaimStatus.Approved],
        _ => null,
    };
}
