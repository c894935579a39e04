namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Patients;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>Immunizations as US Core, searched by patient (and date, status, vaccine code).</summary>
public sealed class ImmunizationResource : ClinicalRecordResource
{
    public override string Name => "Immunization";

    protected override string? Profile => ClinicalProfiles.Immunization;

    protected override string CodeDocumentation => "The CVX vaccine code";

    protected override Expression<Func<ClinicalRecord, bool>> Served => r => r.Kind == ClinicalRecordKind.Immunization;

    protected override Func<ClinicalRecord, Resource> Export => ImmunizationExport.ToFhir;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
        [new("Immunization:patient", "Patient", r => [((Immunization)r).Patient])];

    protected override IEnumerable<SearchParameterDefinition<ClinicalRecord>> MoreParameters =>
    [
        Parameter("date", SearchParamType.Date, "The occurrence date, with the usual prefixes.", v => SearchValues.Date<ClinicalRecord>(r => r.StartDate, v)),
    ];
}
