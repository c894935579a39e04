namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Patients;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>
/// Vital signs and laboratory results as US Core observations, with the US Core searches:
/// patient+category, patient+code, patient+category+date (and code+date, status).
/// </summary>
public sealed class ObservationResource : ClinicalRecordResource
{
    public override string Name => "Observation";

    protected override string? Profile => ClinicalProfiles.ObservationLab;

    protected override string CodeDocumentation => "The LOINC code";

    protected override Expression<Func<ClinicalRecord, bool>> Served => r => r.Kind == ClinicalRecordKind.Observation;

    protected override Func<ClinicalRecord, Resource> Export => ObservationExport.ToFhir;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
        [new("Observation:patient", "Patient", r => [((Observation)r).Subject])];

    protected override IEnumerable<SearchParameterDefinition<ClinicalRecord>> MoreParameters =>
    [
        Parameter("subject", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<ClinicalRecord>(v, r => r.PatientId)),
        Parameter("category", SearchParamType.Token, "vital-signs, laboratory, social-history…", v => Column(v, c => r => r.Category == c)),
        Parameter("date", SearchParamType.Date, "The effective date (the practice's local date of an instant), with the usual prefixes.",
            v => SearchValues.Date<ClinicalRecord>(r => r.StartDate, v)),
    ];
}
