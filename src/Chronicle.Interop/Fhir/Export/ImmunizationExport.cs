namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

/// <summary>An immunization as US Core: CVX vaccine code, status, occurrence exactly as written.</summary>
public static class ImmunizationExport
{
    public static Immunization ToFhir(ClinicalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var occurrence = (DataType?)Dates.DateTime(record.OccurredAt, record.StartDate)
            ?? (record.Facts.ValueText is { } text ? new FhirString(text) : null);
        return new Immunization
        {
            Id = record.Id.Value.ToString(),
            Meta = new Meta { Profile = [ClinicalProfiles.Immunization] },
            Status = EnumUtility.ParseLiteral<Immunization.ImmunizationStatusCodes>(record.Status) ?? Immunization.ImmunizationStatusCodes.Completed,
            VaccineCode = ObservationExport.Concept(record.CodeSystem, record.Code, record.Display),
            Patient = References.To("Patient", record.PatientId.Value),
            Occurrence = occurrence ?? new FhirString("unknown"),
            PrimarySource = true,
        };
    }
}
