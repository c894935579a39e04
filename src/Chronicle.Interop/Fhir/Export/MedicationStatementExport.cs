namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;

/// <summary>
/// A medication kept from an EHR (a MedicationRequest or MedicationStatement on import) as a core
/// MedicationStatement: Chronicle knows the patient takes it, not who ordered it. US Core has no
/// MedicationStatement profile, so none is declared.
/// </summary>
public static class MedicationStatementExport
{
    public static MedicationStatement ToFhir(ClinicalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var medication = new CodeableConcept { Text = record.Display ?? record.Code ?? "Medication" };
        if (record.Code is { Length: > 0 } code)
        {
            medication.Coding.Add(new Coding(record.CodeSystem, code, record.Display));
        }

        var resource = new MedicationStatement
        {
            Id = record.Id.Value.ToString(),
            Status = StatusOf(record.Status),
            Medication = medication,
            Subject = References.To("Patient", record.PatientId.Value),
        };
        if (record.StartDate is not null || record.EndDate is not null)
        {
            resource.Effective = new Period
            {
                Start = record.StartDate is { } start ? Dates.Date(start) : null,
                End = record.EndDate is { } end ? Dates.Date(end) : null,
            };
        }

        return resource;
    }

    /// <summary>The statement's status from the status the EHR gave (a request's or a statement's).</summary>
    public static MedicationStatement.MedicationStatusCodes StatusOf(string? status) => status switch
    {
        "active" => MedicationStatement.MedicationStatusCodes.Active,
        "completed" => MedicationStatement.MedicationStatusCodes.Completed,
        "stopped" or "cancelled" => MedicationStatement.MedicationStatusCodes.Stopped,
        "on-hold" => MedicationStatement.MedicationStatusCodes.OnHold,
        "intended" or "draft" => MedicationStatement.MedicationStatusCodes.Intended,
        "not-taken" => MedicationStatement.MedicationStatusCodes.NotTaken,
        "entered-in-error" => MedicationStatement.MedicationStatusCodes.EnteredInError,
        _ => MedicationStatement.MedicationStatusCodes.Unknown,
    };
}
