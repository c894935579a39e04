namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Patients;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>Allergies and intolerances as US Core, searched by patient (and clinical status).</summary>
public sealed class AllergyIntoleranceResource : ClinicalRecordResource
{
    public override string Name => "AllergyIntolerance";

    protected override string? Profile => ClinicalProfiles.AllergyIntolerance;

    protected override string CodeDocumentation => "The substance's code (SNOMED CT, RxNorm)";

    protected override Expression<Func<ClinicalRecord, bool>> Served => r => r.Kind == ClinicalRecordKind.Allergy;

    protected override Func<ClinicalRecord, Resource> Export => AllergyIntoleranceExport.ToFhir;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
        [new("AllergyIntolerance:patient", "Patient", r => [((AllergyIntolerance)r).Patient])];

    protected override IEnumerable<SearchParameterDefinition<ClinicalRecord>> MoreParameters =>
    [
        Parameter("clinical-status", SearchParamType.Token, "active, inactive or resolved.", v => Column(v, c => r => r.Status == c)),
    ];
}
