namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;

/// <summary>
/// What US Core asks of an allergy and a prescription beyond the concept, status and dates every
/// clinical record has: the allergy's category, verification, criticality, reactions and recorded
/// date; the prescription's intent, category, authoredOn as written, dosage and requester.
/// </summary>
internal static class ClinicalRecordExtras
{
    public static ClinicalRecordDetails Add(Resource resource, ClinicalRecordDetails details, MappedOwned mapped) => resource switch
    {
        AllergyIntolerance r => details with
        {
            Category = FhirValues.Literal(r.Category.FirstOrDefault()),
            OccurredAt = Source(r.RecordedDate, "recordedDate", mapped),
            Facts = new ClinicalFacts
            {
                Verification = FhirValues.Bounded(FhirValues.FirstCoding(r.VerificationStatus)?.Code, 32),
                Criticality = FhirValues.Literal(r.Criticality),
                Reactions = r.Reaction.Count == 0 ? null : [.. r.Reaction.SelectMany(x => x.Manifestation).Select(Code).OfType<SourceCode>()],
                ReactionSeverity = FhirValues.Literal(r.Reaction.Select(x => x.Severity).FirstOrDefault(s => s is not null)),
            },
        },
        MedicationRequest r => details with
        {
            Intent = FhirValues.Literal(r.Intent),
            Category = FhirValues.Bounded(FhirValues.FirstCoding(r.Category.FirstOrDefault())?.Code, 64),
            OccurredAt = Source(r.AuthoredOn, "authoredOn", mapped),
            Facts = new ClinicalFacts
            {
                Dosage = r.DosageInstruction.FirstOrDefault() is { } dosage ? Dosage(dosage) : null,
                Requester = Requester(r.Requester),
            },
        },
        _ => details,
    };

    private static SourceDateTime? Source(string? value, string path, MappedOwned mapped)
    {
        var source = FhirValues.ToSource(value, out var error);
        if (error is not null)
        {
            mapped.AddIssue($"{mapped.Source.Path}.{path}", error);
        }

        return source;
    }

    private static SourceCode? Code(CodeableConcept concept) =>
        FhirValues.FirstCoding(concept) is { } coding ? new SourceCode(coding.System, coding.Code!, FhirValues.DisplayOf(concept)) : null;

    private static DosageFacts Dosage(Dosage dosage)
    {
        var dose = dosage.DoseAndRate.Select(d => d.Dose).OfType<Quantity>().FirstOrDefault();
        var repeat = dosage.Timing?.Repeat;
        return new DosageFacts(FhirValues.Bounded(dosage.Text), dose?.Value, FhirValues.Bounded(dose?.Code ?? dose?.Unit, 64),
            repeat?.Frequency, repeat?.Period, FhirValues.Literal(repeat?.PeriodUnit), (dosage.AsNeeded as FhirBoolean)?.Value);
    }

    /// <summary>Synthea names the requester by a conditional reference on its NPI; that NPI is what is kept, else the reference.</summary>
    private static SourceCode? Requester(ResourceReference? reference)
    {
        var text = reference?.Reference?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return reference?.Display is { } display ? new SourceCode(null, display, display) : null;
        }

        var marker = "identifier=" + FhirSystems.Npi + "|";
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return at >= 0
            ? new SourceCode(FhirSystems.Npi, text[(at + marker.Length)..], FhirValues.Bounded(reference!.Display))
            : new SourceCode(null, FhirValues.Bounded(text, Owned.SourceKeyLength)!, FhirValues.Bounded(reference!.Display));
    }
}
