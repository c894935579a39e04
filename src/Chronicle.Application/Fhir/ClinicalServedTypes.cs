namespace Chronicle.Application.Fhir;

using System.Linq.Expressions;
using Chronicle.Domain.Patients;

/// <summary>
/// Which /fhir type serves a clinical record, in one place: an observation as Observation, an
/// immunization as Immunization, an allergy as AllergyIntolerance, a medication with an intent
/// (a prescription) as MedicationRequest and one without (what the patient reports taking) as
/// MedicationStatement; other kinds are kept for the chart only.
/// </summary>
public static class ClinicalServedTypes
{
    public static readonly Expression<Func<ClinicalRecord, bool>> IsPrescription =
        r => r.Kind == ClinicalRecordKind.Medication && r.Intent != null;

    public static readonly Expression<Func<ClinicalRecord, bool>> IsReportedMedication =
        r => r.Kind == ClinicalRecordKind.Medication && r.Intent == null;

    public static string? NameOf(ClinicalRecordKind kind, string? intent) => kind switch
    {
        ClinicalRecordKind.Observation => "Observation",
        ClinicalRecordKind.Immunization => "Immunization",
        ClinicalRecordKind.Allergy => "AllergyIntolerance",
        ClinicalRecordKind.Medication => intent is null ? "MedicationStatement" : "MedicationRequest",
        _ => null,
    };
}
