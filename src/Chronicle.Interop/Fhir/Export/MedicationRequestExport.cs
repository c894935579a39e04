namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

/// <summary>
/// A prescription as US Core MedicationRequest: the RxNorm medication, status, intent, authoredOn
/// exactly as written, dosage (text, timing, dose) and requester — the list medication
/// reconciliation works from.
/// </summary>
public static class MedicationRequestExport
{
    private const string CategorySystem = "http://terminology.hl7.org/CodeSystem/medicationrequest-category";

    public static MedicationRequest ToFhir(ClinicalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var facts = record.Facts;
        var resource = new MedicationRequest
        {
            Id = record.Id.Value.ToString(),
            Meta = new Meta { Profile = [ClinicalProfiles.MedicationRequest] },
            Status = EnumUtility.ParseLiteral<MedicationRequest.MedicationrequestStatus>(record.Status) ?? MedicationRequest.MedicationrequestStatus.Unknown,
            Intent = EnumUtility.ParseLiteral<MedicationRequest.MedicationRequestIntent>(record.Intent) ?? MedicationRequest.MedicationRequestIntent.Order,
            Medication = ObservationExport.Concept(record.CodeSystem, record.Code, record.Display ?? "Medication"),
            Subject = References.To("Patient", record.PatientId.Value),
            AuthoredOnElement = Dates.DateTime(record.OccurredAt, record.StartDate),
        };
        if (record.Category is { } category)
        {
            resource.Category.Add(new CodeableConcept(CategorySystem, category));
        }

        if (facts.Requester is { } requester)
        {
            resource.Requester = requester.System is null
                ? new ResourceReference { Display = requester.Display ?? requester.Value }
                : new ResourceReference { Identifier = new Identifier(requester.System, requester.Value), Display = requester.Display };
        }

        if (facts.Dosage is { } dosage)
        {
            resource.DosageInstruction.Add(Dosage(dosage));
        }

        return resource;
    }

    private static Dosage Dosage(DosageFacts facts)
    {
        var dosage = new Dosage { Text = facts.Text };
        if (facts.AsNeeded is { } asNeeded)
        {
            dosage.AsNeeded = new FhirBoolean(asNeeded);
        }

        if (facts.Frequency is not null || facts.Period is not null)
        {
            dosage.Timing = new Timing
            {
                Repeat = new Timing.RepeatComponent
                {
                    Frequency = facts.Frequency,
                    Period = facts.Period,
                    PeriodUnit = EnumUtility.ParseLiteral<Timing.UnitsOfTime>(facts.PeriodUnit),
                },
            };
        }

        if (facts.DoseValue is { } dose)
        {
            dosage.DoseAndRate.Add(new Dosage.DoseAndRateComponent { Dose = new Quantity(dose, facts.DoseUnit, "http://unitsofmeasure.org") });
        }

        return dosage;
    }
}
