namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// A resource type served from the clinical records of one kind (observations, immunizations,
/// allergies, prescriptions): scope, ids, order, the patient compartment and the searches every one
/// of them has (patient, code, status) in one place.
/// </summary>
public abstract class ClinicalRecordResource : FhirResourceDefinition<ClinicalRecord>
{
    public override bool InPatientCompartment => true;

    /// <summary>Which records this type serves (a kind, and for prescriptions only those with an intent).</summary>
    protected abstract Expression<Func<ClinicalRecord, bool>> Served { get; }

    protected abstract string CodeDocumentation { get; }

    protected abstract Func<ClinicalRecord, Resource> Export { get; }

    protected virtual string PatientElement => "patient";

    protected abstract IEnumerable<SearchParameterDefinition<ClinicalRecord>> MoreParameters { get; }

    protected override IEnumerable<SearchParameterDefinition<ClinicalRecord>> SearchParameters =>
    [
        Parameter("patient", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<ClinicalRecord>(v, r => r.PatientId)),
        Parameter("code", SearchParamType.Token, CodeDocumentation + ", as [system|]code.", Code),
        Parameter("status", SearchParamType.Token, "The status as the source wrote it.", v =>
            SearchValues.Token(v).Code is { Length: > 0 } status ? r => r.Status == status : null),
        .. MoreParameters,
    ];

    protected override IQueryable<ClinicalRecord> Visible(FhirScope scope)
    {
        var patients = scope.VisiblePatients();
        return scope.Db.ClinicalRecords.AsNoTracking().Where(Served).Where(r => patients.Any(p => p.Id == r.PatientId));
    }

    protected override Expression<Func<ClinicalRecord, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.Select(id => new ClinicalRecordId(id)).ToList();
        return r => list.Contains(r.Id);
    }

    protected override IOrderedQueryable<ClinicalRecord> Order(IQueryable<ClinicalRecord> query) => query.OrderBy(r => r.Id);

    protected override Expression<Func<ClinicalRecord, bool>>? OfPatient(PatientId patient) => r => r.PatientId == patient;

    protected override Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<ClinicalRecord> rows, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.FromResult<IReadOnlyList<Resource>>([.. rows.Select(Export)]);

    /// <summary>A token on a column kept as written (a category, an intent): any system, the code as given.</summary>
    protected static Expression<Func<ClinicalRecord, bool>>? Column(string value, Func<string, Expression<Func<ClinicalRecord, bool>>> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var code = SearchValues.Token(value).Code;
        return code.Length == 0 ? null : match(code);
    }

    private static Expression<Func<ClinicalRecord, bool>>? Code(string value)
    {
        var (system, code) = SearchValues.Token(value);
        if (code.Length == 0)
        {
            return null;
        }

        return system is null or "" ? r => r.Code == code : r => r.CodeSystem == system && r.Code == code;
    }
}
