namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

/// <summary>An allergy as US Core: code, clinical and verification status, category, criticality, reactions, recorded date.</summary>
public static class AllergyIntoleranceExport
{
    private const string ClinicalSystem = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
    private const string VerificationSystem = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";

    public static AllergyIntolerance ToFhir(ClinicalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var facts = record.Facts;
        var resource = new AllergyIntolerance
        {
            Id = record.Id.Value.ToString(),
            Meta = new Meta { Profile = [ClinicalProfiles.AllergyIntolerance] },
            Code = ObservationExport.Concept(record.CodeSystem, record.Code, record.Display),
            Patient = References.To("Patient", record.PatientId.Value),
            Criticality = EnumUtility.ParseLiteral<AllergyIntolerance.AllergyIntoleranceCriticality>(facts.Criticality),
            RecordedDateElement = record.OccurredAt is { } recorded ? new FhirDateTime(recorded.Text) : null,
        };

        // A refuted or entered-in-error allergy carries no clinical status (ait-1, ait-2).
        var verification = facts.Verification;
        if (verification is not ("refuted" or "entered-in-error") && record.Status is { Length: > 0 } status)
        {
            resource.ClinicalStatus = new CodeableConcept(ClinicalSystem, status);
        }

        if (verification is { Length: > 0 })
        {
            resource.VerificationStatus = new CodeableConcept(VerificationSystem, verification);
        }

        if (EnumUtility.ParseLiteral<AllergyIntolerance.AllergyIntoleranceCategory>(record.Category) is { } category)
        {
            resource.Category = [category];
        }

        if (record.StartDate is { } onset && record.OccurredAt is null)
        {
            resource.Onset = Dates.DateTime(onset);
        }

        if (facts.Reactions is { Count: > 0 } reactions)
        {
            var reaction = new AllergyIntolerance.ReactionComponent
            {
                Severity = EnumUtility.ParseLiteral<AllergyIntolerance.AllergyIntoleranceSeverity>(facts.ReactionSeverity),
            };
            reaction.Manifestation.AddRange(reactions.Select(r => ObservationExport.Concept(r.System, r.Value, r.Display)));
            resource.Reaction.Add(reaction);
        }

        return resource;
    }
}
