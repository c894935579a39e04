namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;
using DomainCondition = Chronicle.Domain.Patients.Condition;
using FhirCondition = Hl7.Fhir.Model.Condition;

/// <summary>
/// A condition as US Core Condition Problems and Health Concerns, or Encounter Diagnosis when the
/// source said so: its category, the code as kept (ICD-10-CM with its dot, or SNOMED CT), clinical
/// and verification status, onset, abatement and recorded date as the source wrote them (else the
/// calendar dates Chronicle keeps), and the visit it was diagnosed at.
/// </summary>
public static class ConditionExport
{
    public static FhirCondition ToFhir(DomainCondition condition) => ToFhir(condition, encounter: null);

    /// <param name="encounter">The visit the condition's encounter key names, when it is kept.</param>
    public static FhirCondition ToFhir(DomainCondition condition, Guid? encounter)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var diagnosis = condition.Category == ConditionCategory.EncounterDiagnosis;
        var resource = new FhirCondition
        {
            Id = condition.Id.Value.ToString(),
            Meta = new Meta { Profile = [diagnosis ? UsCoreProfiles.ConditionEncounterDiagnosis : UsCoreProfiles.ConditionProblems] },
            ClinicalStatus = new CodeableConcept(ExportSystems.ConditionClinical, StatusCode(condition.ClinicalStatus)),
            Subject = References.To("Patient", condition.PatientId.Value),
            Onset = Dates.DateTime(condition.OnsetAt, condition.OnsetDate),
            RecordedDate = condition.RecordedAt?.Text,
            Encounter = encounter is { } visit ? References.To("Encounter", visit) : null,
            // FHIR (con-4) allows an abatement only on an inactive, remitted or resolved condition; a
            // source that sent both "active" and an end date keeps its status, and the date stays in Chronicle.
            Abatement = IsActive(condition.ClinicalStatus) ? null : Dates.DateTime(condition.AbatementAt, condition.AbatementDate),
        };
        if (condition.VerificationStatus is { Length: > 0 } verification)
        {
            resource.VerificationStatus = new CodeableConcept(ExportSystems.ConditionVerification, verification);
        }

        resource.Category.Add(Category(condition.Category));
        var code = new CodeableConcept { Text = condition.Display };
        if (condition.CodeSystem == Domain.Patients.CodeSystem.Icd10Cm)
        {
            code.Coding.Add(new Coding(ExportSystems.Icd10Cm, condition.Icd10?.Display ?? condition.Code, condition.Display));
        }
        else
        {
            // Only the concept as recorded: the importer prefers an ICD-10-CM coding, so adding the
            // mapped claim code would turn a SNOMED condition into an ICD-10 one on the way back.
            code.Coding.Add(new Coding(ExportSystems.Snomed, condition.Code, condition.Display));
        }

        resource.Code = code;
        return resource;
    }

    public static CodeableConcept Category(ConditionCategory category) => category switch
    {
        ConditionCategory.EncounterDiagnosis => new CodeableConcept(ExportSystems.ConditionCategory, CategoryCode(category), "Encounter Diagnosis", null),
        ConditionCategory.HealthConcern => new CodeableConcept(ExportSystems.UsCoreCategory, CategoryCode(category), "Health Concern", null),
        _ => new CodeableConcept(ExportSystems.ConditionCategory, CategoryCode(category), "Problem List Item", null),
    };

    public static string CategoryCode(ConditionCategory category) => category switch
    {
        ConditionCategory.EncounterDiagnosis => "encounter-diagnosis",
        ConditionCategory.HealthConcern => "health-concern",
        _ => "problem-list-item",
    };

    private static bool IsActive(ClinicalStatus status) =>
        status is ClinicalStatus.Active or ClinicalStatus.Recurrence or ClinicalStatus.Relapse;

    public static string StatusCode(ClinicalStatus status) => status switch
    {
        ClinicalStatus.Active => "active",
        ClinicalStatus.Recurrence => "recurrence",
        ClinicalStatus.Relapse => "relapse",
        ClinicalStatus.Inactive => "inactive",
        ClinicalStatus.Remission => "remission",
        _ => "resolved",
    };

    public static ClinicalStatus? StatusOf(string code) => code switch
    {
        "active" => ClinicalStatus.Active,
        "recurrence" => ClinicalStatus.Recurrence,
        "relapse" => ClinicalStatus.Relapse,
        "inactive" => ClinicalStatus.Inactive,
        "remission" => ClinicalStatus.Remission,
        "resolved" => ClinicalStatus.Resolved,
        _ => null,
    };
}
