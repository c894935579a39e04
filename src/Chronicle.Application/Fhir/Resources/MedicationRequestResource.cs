namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Patients;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>
/// Prescriptions (medications kept with an intent) as US Core MedicationRequest, searched by
/// patient, patient+intent and patient+intent+status (and authoredon).
/// </summary>
public sealed class MedicationRequestResource : ClinicalRecordResource
{
    public override string Name => "MedicationRequest";

    protected override string? Profile => ClinicalProfiles.MedicationRequest;

    protected override string CodeDocumentation => "The medication's RxNorm code";

    protected override Expression<Func<ClinicalRecord, bool>> Served => ClinicalServedTypes.IsPrescription;

    protected override Func<ClinicalRecord, Resource> Export => MedicationRequestExport.ToFhir;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
        [new("MedicationRequest:patient", "Patient", r => [((MedicationRequest)r).Subject])];

    protected override IEnumerable<SearchParameterDefinition<ClinicalRecord>> MoreParameters =>
    [
        Parameter("subject", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<ClinicalRecord>(v, r => r.PatientId)),
        Parameter("intent", SearchParamType.Token, "order, plan, proposal, original-order…", v => Column(v, c => r => r.Intent == c)),
        Parameter("authoredon", SearchParamType.Date, "The date it was written, with the usual prefixes.", v => SearchValues.Date<ClinicalRecord>(r => r.StartDate, v)),
    ];
}
