namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Common;
using Chronicle.Domain.Payers;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using DomainCoverage = Chronicle.Domain.Payers.Coverage;

/// <summary>
/// The coverage periods of the patients the caller may see (ADR 0220), as US Core Coverage with
/// the payer of the practice's directory as payor (issue 16; ADR 0272). In the patient compartment,
/// so in <c>$everything</c>.
/// </summary>
public sealed class CoverageResource : FhirResourceDefinition<DomainCoverage>
{
    public override string Name => "Coverage";

    public override bool InPatientCompartment => true;

    protected override string? Profile => UsCoreProfiles.Coverage;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
    [
        new("Coverage:patient", "Patient", r => [((Hl7.Fhir.Model.Coverage)r).Beneficiary]),
        new("Coverage:beneficiary", "Patient", r => [((Hl7.Fhir.Model.Coverage)r).Beneficiary]),
    ];

    protected override IEnumerable<SearchParameterDefinition<DomainCoverage>> SearchParameters =>
    [
        Parameter("patient", SearchParamType.Reference, "The patient covered, as id or Patient/id.", v => PatientData.Of<DomainCoverage>(v, c => c.PatientId)),
        Parameter("beneficiary", SearchParamType.Reference, "The patient covered, as id or Patient/id.", v => PatientData.Of<DomainCoverage>(v, c => c.PatientId)),
    ];

    protected override IQueryable<DomainCoverage> Visible(FhirScope scope)
    {
        var patients = scope.VisiblePatients();
        return scope.Db.Coverages.AsNoTracking().Where(c => patients.Any(p => p.Id == c.PatientId));
    }

    protected override Expression<Func<DomainCoverage, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.Select(id => new CoverageId(id)).ToList();
        return c => list.Contains(c.Id);
    }

    protected override IOrderedQueryable<DomainCoverage> Order(IQueryable<DomainCoverage> query) => query.OrderBy(c => c.Id);

    protected override Expression<Func<DomainCoverage, bool>>? OfPatient(PatientId patient) => c => c.PatientId == patient;

    protected override async Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<DomainCoverage> rows, CancellationToken cancellationToken)
    {
        var payerIds = rows.Select(r => r.PayerId).Distinct().ToList();
        var payers = await scope.Db.Payers.AsNoTracking().Where(p => payerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. rows.Select(r => CoverageExport.ToFhir(r, payers[r.PayerId]))];
    }
}
