namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Payers;
using Hl7.Fhir.Model;
using FhirCoverage = Hl7.Fhir.Model.Coverage;

/// <summary>
/// A coverage period of the payers and coverage model (ADR 0220) as US Core Coverage: the patient
/// as beneficiary and subscriber (Chronicle keeps coverage for the patient's own membership only,
/// so the relationship is <c>self</c>), the member id as subscriberId and as a member-number
/// identifier, the payer (from the practice's directory) as payor by its payer id, the payer kind
/// as the Source of Payment Typology type, the plan type as the plan class, order as primary (1) or
/// secondary (2), and the period. The status is <c>active</c>: the period says when it is in force
/// (FHIR's <c>cancelled</c> means withdrawn, which an ended coverage is not).
/// </summary>
public static class CoverageExport
{
    /// <summary>PHDSC Source of Payment Typology, the code system of US Core Coverage.type.</summary>
    public const string PaymentTypology = "urn:oid:2.16.840.1.113883.3.221.5";

    /// <summary>The payer ids of the practice's directory (2010BB NM109), as identifiers of the payor.</summary>
    public const string PayerIdSystem = "https://chronicle.dev/fhir/sid/payer-id";

    private const string SubscriberRelationship = "http://terminology.hl7.org/CodeSystem/subscriber-relationship";
    private const string CoverageClass = "http://terminology.hl7.org/CodeSystem/coverage-class";

    public static FhirCoverage ToFhir(Domain.Payers.Coverage coverage, Payer payer)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(payer);
        var resource = new FhirCoverage
        {
            Id = coverage.Id.Value.ToString(),
            Meta = new Meta { Profile = [UsCoreProfiles.Coverage] },
            Status = FinancialResourceStatusCodes.Active,
            Type = Type(payer.Kind),
            SubscriberId = coverage.MemberId,
            Subscriber = References.To("Patient", coverage.PatientId.Value),
            Beneficiary = References.To("Patient", coverage.PatientId.Value),
            Relationship = new CodeableConcept(SubscriberRelationship, "self", "Self", null),
            Period = new Period { Start = Dates.Date(coverage.Start), End = coverage.End is { } end ? Dates.Date(end) : null },
            Payor = [new ResourceReference { Identifier = new Identifier(PayerIdSystem, payer.Code), Display = payer.Name }],
            Order = coverage.Order == CoverageOrder.Primary ? 1 : 2,
        };
        resource.Identifier.Add(new Identifier(PayerIdSystem + "/" + payer.Code, coverage.MemberId)
        {
            Type = new CodeableConcept(ExportSystems.IdentifierType, "MB", "Member Number", null),
        });
        if (coverage.PlanType is { Length: > 0 } plan)
        {
            resource.Class.Add(new FhirCoverage.ClassComponent
            {
                Type = new CodeableConcept(CoverageClass, "plan", "Plan", null),
                Value = plan,
                Name = plan,
            });
        }

        return resource;
    }

    /// <summary>The payer kind's Source of Payment Typology code: Original Medicare is Medicare fee-for-service, Medicare Advantage is Medicare managed care, a Medigap supplement private insurance.</summary>
    private static CodeableConcept Type(PayerKind kind) => kind switch
    {
        PayerKind.MedicarePartB => new CodeableConcept(PaymentTypology, "121", "Medicare FFS", "Original Medicare"),
        PayerKind.MedicareAdvantage => new CodeableConcept(PaymentTypology, "11", "Medicare (Managed Care)", "Medicare Advantage"),
        PayerKind.Medicaid => new CodeableConcept(PaymentTypology, "2", "MEDICAID", "Medicaid"),
        PayerKind.Medigap => new CodeableConcept(PaymentTypology, "5", "PRIVATE HEALTH INSURANCE", "Medicare supplement (Medigap)"),
        _ => new CodeableConcept(PaymentTypology, "5", "PRIVATE HEALTH INSURANCE", "Commercial"),
    };
}
