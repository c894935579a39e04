namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

/// <summary>The medications the patients the caller may see report taking (kept without an intent), as core MedicationStatement.</summary>
public sealed class MedicationStatementResource : FhirResourceDefinition<ClinicalRecord>
{
    private static readonly string[] StatusCodes = ["active", "completed", "entered-in-error", "intended", "stopped", "on-hold", "unknown", "not-taken"];

    public override string Name => "MedicationStatement";

    public override bool InPatientCompartment => true;

    protected override string? Profile => null;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
        [new("MedicationStatement:patient", "Patient", r => [((MedicationStatement)r).Subject])];

    protected override IEnumerable<SearchParameterDefinition<ClinicalRecord>> SearchParameters =>
    [
        Parameter("patient", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<ClinicalRecord>(v, r => r.PatientId)),
        Parameter("subject", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<ClinicalRecord>(v, r => r.PatientId)),
        Parameter("code", SearchParamType.Token, "The medication's code (RxNorm as the EHR sent it), as [system|]code.", v =>
        {
            var (system, code) = SearchValues.Token(v);
            if (code.Length == 0)
            {
                return null;
            }

            return system is null or "" ? r => r.Code == code : r => r.CodeSystem == system && r.Code == code;
        }),
        Parameter("status", SearchParamType.Token, "The statement's status (" + string.Join(", ", StatusCodes) + ").", v =>
        {
            var code = SearchValues.Token(v).Code;
            if (!StatusCodes.Contains(code))
            {
                return null;
            }

            // Statuses are kept as the EHR wrote them (a request's or a statement's): match those that map to the one asked for.
            var wanted = MedicationStatementExport.StatusOf(code);
            var stored = StoredStatuses.Where(s => MedicationStatementExport.StatusOf(s) == wanted).ToList();
            var mapped = StoredStatuses.Where(s => MedicationStatementExport.StatusOf(s) != MedicationStatement.MedicationStatusCodes.Unknown).ToList();
            return wanted == MedicationStatement.MedicationStatusCodes.Unknown
                ? r => r.Status == null || !mapped.Contains(r.Status)
                : r => stored.Contains(r.Status!);
        }),
        Parameter("effective", SearchParamType.Date, "The start of the medication, with the usual prefixes.", v => SearchValues.Date<ClinicalRecord>(r => r.StartDate, v)),
    ];

    private static readonly string[] StoredStatuses = ["active", "completed", "stopped", "cancelled", "on-hold", "intended", "draft", "not-taken", "unknown"];

    protected override IQueryable<ClinicalRecord> Visible(FhirScope scope)
    {
        var patients = scope.VisiblePatients();
        return scope.Db.ClinicalRecords.AsNoTracking()
            .Where(ClinicalServedTypes.IsReportedMedication).Where(r => patients.Any(p => p.Id == r.PatientId));
    }

    protected override Expression<Func<ClinicalRecord, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.Select(id => new ClinicalRecordId(id)).ToList();
        return r => list.Contains(r.Id);
    }

    protected override IOrderedQueryable<ClinicalRecord> Order(IQueryable<ClinicalRecord> query) => query.OrderBy(r => r.Id);

    protected override Expression<Func<ClinicalRecord, bool>>? OfPatient(PatientId patient) => r => r.PatientId == patient;

    protected override Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<ClinicalRecord> rows, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.FromResult<IReadOnlyList<Resource>>([.. rows.Select(MedicationStatementExport.ToFhir)]);
}
