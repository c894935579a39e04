namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;
using DomainCondition = Chronicle.Domain.Patients.Condition;
using FhirCondition = Hl7.Fhir.Model.Condition;

/// <summary>
/// A problem-list condition as US Core Condition Problems and Health Concerns: category
/// <c>problem-list-item</c>, the code as kept (ICD-10-CM with its dot, or SNOMED CT), clinical
/// status, onset and abatement.
/// </summary>
public static class ConditionExport
{
    public static FhirCondition ToFhir(DomainCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var resource = new FhirCondition
        {
            Id = condition.Id.Value.ToString(),
            Meta = new Meta { Profile = [UsCoreProfiles.ConditionProblems] },
            ClinicalStatus = new CodeableConcept(ExportSystems.ConditionClinical, StatusCode(condition.ClinicalStatus)),
            Subject = References.To("Patient", condition.PatientId.Value),
            Onset = Dates.DateTime(condition.OnsetDate),
            // FHIR (con-4) allows an abatement only on an inactive, remitted or resolved condition; a
            // source that sent both "active" and an end date keeps its status, and the date stays in Chronicle.
            Abatement = IsActive(condition.ClinicalStatus) ? null : Dates.DateTime(condition.AbatementDate),
        };
        resource.Category.Add(new CodeableConcept(ExportSystems.ConditionCategory, "problem-list-item", "Problem List Item", null));
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
