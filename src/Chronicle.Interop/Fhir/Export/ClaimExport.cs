namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Hl7.Fhir.Model;
using DomainMoney = Chronicle.Domain.Common.Money;
using FhirMoney = Hl7.Fhir.Model.Money;

/// <summary>
/// A month's claim as core R4 Claim, the FHIR twin of the 837P (interop brief §3.1 crosswalk):
/// professional, the claim number as identifier (CLM01), the practice as provider, Medicare Part B
/// named by the patient's MBI as the one insurance (Chronicle keeps no Coverage resource), the
/// ICD-10-CM diagnoses in pointer order, one item per line with its code, units, charge, date and
/// place of service, the billing practitioner as the rendering care-team member, and the total.
/// </summary>
public static class ClaimExport
{
    public const string ClaimType = "http://terminology.hl7.org/CodeSystem/claim-type";
    public const string PlaceOfService = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
    public const string ClaimNumbers = "https://chronicle.dev/fhir/sid/claim-number";

    public static Claim ToFhir(BillingClaim claim, Practice practice, Mbi? mbi, StaffMember? billing)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(practice);
        var month = claim.Month;
        var resource = new Claim
        {
            Id = claim.Id.ToString(),
            Status = StatusOf(claim.Status),
            Type = new CodeableConcept(ClaimType, "professional", "Professional", null),
            Use = ClaimUseCode.Claim,
            Patient = References.To("Patient", claim.PatientId.Value),
            BillablePeriod = new Period { Start = Dates.Date(month.FirstDay), End = Dates.Date(month.LastDay) },
            CreatedElement = new FhirDateTime(claim.StatusChangedAt),
            Provider = References.Organization(practice),
            Priority = new CodeableConcept("http://terminology.hl7.org/CodeSystem/processpriority", "normal", "Normal", null),
            Total = Usd(claim.Charge),
        };
        resource.Identifier.Add(new Identifier(ClaimNumbers, claim.ClaimNumber));
        var coverage = new ResourceReference { Display = "Medicare Part B" };
        if (mbi is { } id)
        {
            coverage.Identifier = new Identifier(ExportSystems.Mbi, id.Value);
        }

        resource.Insurance.Add(new Claim.InsuranceComponent { Sequence = 1, Focal = true, Coverage = coverage });
        resource.CareTeam.Add(new Claim.CareTeamComponent
        {
            Sequence = 1,
            Provider = Practitioner(claim.BillingNpi, billing),
            Role = new CodeableConcept("http://terminology.hl7.org/CodeSystem/claimcareteamrole", "primary", "Primary provider", null),
        });
        var sequence = 0;
        foreach (var code in claim.DiagnosisCodes)
        {
            resource.Diagnosis.Add(new Claim.DiagnosisComponent { Sequence = ++sequence, Diagnosis = Diagnosis(code) });
        }

        var pointers = Enumerable.Range(1, Math.Min(4, sequence)).ToList();
        foreach (var line in claim.Lines.OrderBy(l => l.Number))
        {
            resource.Item.Add(new Claim.ItemComponent
            {
                Sequence = line.Number,
                CareTeamSequence = [1],
                DiagnosisSequence = [.. pointers],
                ProductOrService = new CodeableConcept(ExportSystems.Cpt, line.Code.Value),
                Serviced = new Date(Dates.Date(claim.DateOfService)),
                Location = new CodeableConcept(PlaceOfService, claim.PlaceOfService),
                Quantity = new Quantity { Value = line.Units },
                Net = Usd(line.Charge),
            });
        }

        return resource;
    }

    public static FinancialResourceStatusCodes StatusOf(ClaimStatus status) => status switch
    {
        ClaimStatus.Approved or ClaimStatus.Exported or ClaimStatus.Submitted or ClaimStatus.Accepted or ClaimStatus.Rejected or ClaimStatus.Paid or ClaimStatus.Denied or ClaimStatus.Reversed => FinancialResourceStatusCodes.Active,
        ClaimStatus.Superseded or ClaimStatus.WrittenOff => FinancialResourceStatusCodes.Cancelled,
        _ => FinancialResourceStatusCodes.Draft,
    };

    internal static FhirMoney Usd(DomainMoney money) => new() { Value = money.Dollars, Currency = FhirMoney.Currencies.USD };

    /// <summary>The billing practitioner: the staff member with that NPI, else the NPI itself.</summary>
    internal static ResourceReference Practitioner(string npi, StaffMember? staff) => staff is not null
        ? References.To("Practitioner", staff.Id.Value, staff.DisplayName)
        : new ResourceReference { Identifier = new Identifier(ExportSystems.Npi, npi) };

    internal static CodeableConcept Diagnosis(string code)
    {
        var parsed = Icd10Code.TryParse(code);
        return new CodeableConcept(ExportSystems.Icd10Cm, parsed.IsValid ? parsed.Value.Display : code);
    }
}
