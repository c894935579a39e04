namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

/// <summary>The month's claims (stored by month close) of the patients the caller may see, as core Claim; billing roles only.</summary>
public sealed class ClaimResource : FhirResourceDefinition<BillingClaim>
{
    public override string Name => "Claim";

    public override bool InPatientCompartment => true;

    protected override string? Profile => null;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
    [
        new("Claim:patient", "Patient", r => [((Claim)r).Patient]),
        new("Claim:provider", "Organization", r => [((Claim)r).Provider]),
        new("Claim:care-team", "Practitioner", r => ((Claim)r).CareTeam.Select(c => c.Provider)),
    ];

    protected override IEnumerable<SearchParameterDefinition<BillingClaim>> SearchParameters =>
    [
        Parameter("patient", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<BillingClaim>(v, c => c.PatientId)),
        Parameter("identifier", SearchParamType.Token, "The claim number (CLM01), as [system|]value.", v =>
        {
            var (system, value) = SearchValues.Token(v);
            if (value.Length == 0)
            {
                return null;
            }

            return system is null or "" or ClaimExport.ClaimNumbers ? c => c.ClaimNumber == value : Nothing;
        }),
        Parameter("status", SearchParamType.Token, "draft (not yet approved), active (approved or sent) or cancelled (replaced by a correction).", v => SearchValues.Token(v).Code switch
        {
            "draft" => c => c.Status == ClaimStatus.Ready || c.Status == ClaimStatus.NeedsReview || c.Status == ClaimStatus.Blocked || c.Status == ClaimStatus.OnHold,
            "active" => c => ClaimStatuses.Billed.Contains(c.Status),
            "cancelled" => c => c.Status == ClaimStatus.Superseded,
            "" => null,
            _ => Nothing,
        }),
        Parameter("created", SearchParamType.Date, "The date of service, with the usual prefixes.", v => SearchValues.Date<BillingClaim>(c => c.DateOfService, v)),
    ];

    protected override IQueryable<BillingClaim> Visible(FhirScope scope) => BillingData.Visible(scope);

    protected override Expression<Func<BillingClaim, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.ToList();
        return c => list.Contains(c.Id);
    }

    protected override IOrderedQueryable<BillingClaim> Order(IQueryable<BillingClaim> query) => query.OrderBy(c => c.Id);

    protected override Expression<Func<BillingClaim, bool>>? OfPatient(PatientId patient) => c => c.PatientId == patient;

    protected override async Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<BillingClaim> rows, CancellationToken cancellationToken)
    {
        var practices = await scope.PracticesAsync(rows.Select(r => r.PracticeId), cancellationToken);
        var billing = await BillingData.BillingStaffAsync(scope, rows, cancellationToken);
        var patientIds = rows.Select(r => r.PatientId).Distinct().ToList();
        var mbis = await scope.Db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Mbi }).ToDictionaryAsync(p => p.Id, p => p.Mbi, cancellationToken);
        return [.. rows.Select(c => ClaimExport.ToFhir(c, practices[c.PracticeId], mbis.GetValueOrDefault(c.PatientId), billing(c.PracticeId, c.BillingNpi)))];
    }
}
