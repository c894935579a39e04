namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Common;
using Chronicle.Domain.Sharing;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Caregivers of the patients the caller may see, from the caregiver grants in force (not revoked,
/// not expired), as US Core RelatedPerson under the grant's id.
/// </summary>
public sealed class RelatedPersonResource(TimeProvider clock) : FhirResourceDefinition<CaregiverRow>
{
    public override string Name => "RelatedPerson";

    public override bool InPatientCompartment => true;

    protected override string? Profile => UsCoreProfiles.RelatedPerson;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
        [new("RelatedPerson:patient", "Patient", r => [((RelatedPerson)r).Patient])];

    protected override IEnumerable<SearchParameterDefinition<CaregiverRow>> SearchParameters =>
    [
        Parameter("patient", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<CaregiverRow>(v, r => r.Grant.PatientId)),
        Parameter("name", SearchParamType.String, "The start of the caregiver's name, ignoring case.", v => SearchValues.Prefix<CaregiverRow>(v, r => r.Name)),
    ];

    protected override IQueryable<CaregiverRow> Visible(FhirScope scope)
    {
        var patients = scope.VisiblePatients();
        var now = clock.GetUtcNow();
        return from grant in scope.Db.CaregiverGrants.AsNoTracking()
               join user in scope.Db.Users.AsNoTracking() on grant.UserId equals user.Id
               where patients.Any(p => p.Id == grant.PatientId) && grant.RevokedAt == null && grant.ExpiresAt > now
               select new CaregiverRow { Grant = grant, Name = user.DisplayName, Email = user.Email };
    }

    protected override Expression<Func<CaregiverRow, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.Select(id => new AccessGrantId(id)).ToList();
        return r => list.Contains(r.Grant.Id);
    }

    protected override IOrderedQueryable<CaregiverRow> Order(IQueryable<CaregiverRow> query) => query.OrderBy(r => r.Grant.Id);

    protected override Expression<Func<CaregiverRow, bool>>? OfPatient(PatientId patient) => r => r.Grant.PatientId == patient;

    protected override Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<CaregiverRow> rows, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.FromResult<IReadOnlyList<Resource>>(
            [.. rows.Select(r => RelatedPersonExport.ToFhir(r.Grant.Id.Value, r.Grant.PatientId, r.Name, r.Email, active: true))]);
}

/// <summary>A caregiver grant read with the name and e-mail of the caregiver's account.</summary>
public sealed class CaregiverRow
{
    public required CaregiverGrant Grant { get; init; }

    public required string Name { get; init; }

    public string? Email { get; init; }
}
