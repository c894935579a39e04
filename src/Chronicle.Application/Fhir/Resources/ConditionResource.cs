namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using CodeSystem = Chronicle.Domain.Patients.CodeSystem;
using DomainCondition = Chronicle.Domain.Patients.Condition;

/// <summary>
/// The conditions of the patients the caller may see, as US Core Condition Problems and Health
/// Concerns or Encounter Diagnosis (by the category the source gave), with their encounter.
/// </summary>
public sealed class ConditionResource : FhirResourceDefinition<DomainCondition>
{
    public override string Name => "Condition";

    public override bool InPatientCompartment => true;

    protected override string? Profile => UsCoreProfiles.ConditionProblems;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
        [new("Condition:patient", "Patient", r => [((Hl7.Fhir.Model.Condition)r).Subject])];

    protected override IEnumerable<SearchParameterDefinition<DomainCondition>> SearchParameters =>
    [
        Parameter("patient", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<DomainCondition>(v, c => c.PatientId)),
        Parameter("subject", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<DomainCondition>(v, c => c.PatientId)),
        Parameter("code", SearchParamType.Token, "ICD-10-CM (with or without its dot) or SNOMED CT, as [system|]code.", Code),
        Parameter("clinical-status", SearchParamType.Token, "active, recurrence, relapse, inactive, remission or resolved.", v =>
            ConditionExport.StatusOf(SearchValues.Token(v).Code) is { } status ? c => c.ClinicalStatus == status : null),
        Parameter("category", SearchParamType.Token, "problem-list-item, encounter-diagnosis or health-concern.", v =>
            CategoryOf(SearchValues.Token(v).Code) is { } category ? c => c.Category == category : Nothing),
        Parameter("onset-date", SearchParamType.Date, "The onset date, with the usual prefixes.", v => SearchValues.Date<DomainCondition>(c => c.OnsetDate, v)),
        Parameter("abatement-date", SearchParamType.Date, "The abatement date, with the usual prefixes.", v => SearchValues.Date<DomainCondition>(c => c.AbatementDate, v)),
    ];

    protected override IQueryable<DomainCondition> Visible(FhirScope scope)
    {
        var patients = scope.VisiblePatients();
        return scope.Db.Conditions.AsNoTracking().Where(c => patients.Any(p => p.Id == c.PatientId));
    }

    protected override Expression<Func<DomainCondition, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.Select(id => new ConditionId(id)).ToList();
        return c => list.Contains(c.Id);
    }

    protected override IOrderedQueryable<DomainCondition> Order(IQueryable<DomainCondition> query) => query.OrderBy(c => c.Id);

    protected override Expression<Func<DomainCondition, bool>>? OfPatient(PatientId patient) => c => c.PatientId == patient;

    private static ConditionCategory? CategoryOf(string code) =>
        Enum.GetValues<ConditionCategory>().Cast<ConditionCategory?>().FirstOrDefault(k => ConditionExport.CategoryCode(k!.Value) == code);

    protected override async Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<DomainCondition> rows, CancellationToken cancellationToken)
    {
        // The encounters named by source key, in one query over the rows' patients.
        var patients = rows.Where(r => r.EncounterKey is not null).Select(r => r.PatientId).Distinct().ToList();
        var keys = rows.Where(r => r.EncounterKey is not null).Select(r => r.EncounterKey!).Distinct().ToList();
        var visits = patients.Count == 0
            ? []
            : await scope.Db.Visits.AsNoTracking()
                .Where(v => patients.Contains(v.PatientId) && keys.Contains(v.SourceKey))
                .Select(v => new { v.PatientId, v.SourceKey, v.Id })
                .ToListAsync(cancellationToken);
        var byKey = visits.ToDictionary(v => (v.PatientId, v.SourceKey), v => v.Id.Value);
        return [.. rows.Select(c => ConditionExport.ToFhir(
            c, c.EncounterKey is { } key && byKey.TryGetValue((c.PatientId, key), out var visit) ? visit : null))];
    }

    private static Expression<Func<DomainCondition, bool>>? Code(string value)
    {
        var (system, code) = SearchValues.Token(value);
        if (code.Length == 0)
        {
            return null;
        }

        var icd10 = Icd10Code.TryParse(code);
        var icd10Value = icd10.IsValid ? icd10.Value.Value : code;
        return system switch
        {
            ExportSystems.Icd10Cm => c => c.CodeSystem == CodeSystem.Icd10Cm && c.Code == icd10Value,
            ExportSystems.Snomed => c => c.CodeSystem == CodeSystem.SnomedCt && c.Code == code,
            null or "" => c => (c.CodeSystem == CodeSystem.Icd10Cm && c.Code == icd10Value) || (c.CodeSystem == CodeSystem.SnomedCt && c.Code == code),
            _ => Nothing,
        };
    }
}
