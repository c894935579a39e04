namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Time;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Each line of the month's claims of the patients the caller may see, as core ChargeItem; billing
/// roles only. A line and its claim are read as one row (a join in SQL), so that the claim's
/// patient, month and status filter the lines there.
/// </summary>
public sealed class ChargeItemResource : FhirResourceDefinition<ChargeLine>
{
    public override string Name => "ChargeItem";

    public override bool InPatientCompartment => true;

    protected override string? Profile => null;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
    [
        new("ChargeItem:patient", "Patient", r => [((ChargeItem)r).Subject]),
        new("ChargeItem:service", "Procedure", r => ((ChargeItem)r).Service),
        new("ChargeItem:performer-actor", "Practitioner", r => ((ChargeItem)r).Performer.Select(p => p.Actor)),
    ];

    protected override IEnumerable<SearchParameterDefinition<ChargeLine>> SearchParameters =>
    [
        Parameter("patient", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<ChargeLine>(v, r => r.Claim.PatientId)),
        Parameter("subject", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<ChargeLine>(v, r => r.Claim.PatientId)),
        Parameter("code", SearchParamType.Token, "The CPT or HCPCS code billed, as [system|]code.", v =>
        {
            var (system, code) = SearchValues.Token(v);
            var parsed = HcpcsCode.TryParse(code);
            if (!parsed.IsValid)
            {
                return code.Length == 0 ? null : Nothing;
            }

            var value = parsed.Value;
            return system is null or "" or ExportSystems.Cpt or ExportSystems.Hcpcs ? r => r.Line.Code == value : Nothing;
        }),
        Parameter("occurrence", SearchParamType.Date, "The date of service in the billed month, with the usual prefixes.", v => SearchValues.Date<ChargeLine>(r => r.Claim.DateOfService, v)),
        Parameter("identifier", SearchParamType.Token, "The claim number the line is billed on, as [system|]value.", v =>
        {
            var (system, value) = SearchValues.Token(v);
            if (value.Length == 0)
            {
                return null;
            }

            return system is null or "" or ClaimExport.ClaimNumbers ? r => r.Claim.ClaimNumber == value : Nothing;
        }),
    ];

    protected override IQueryable<ChargeLine> Visible(FhirScope scope) =>
        from line in scope.Db.Set<BillingClaimLine>().AsNoTracking()
        join claim in BillingData.Visible(scope) on line.ClaimId equals claim.Id
        select new ChargeLine { Line = line, Claim = claim };

    protected override Expression<Func<ChargeLine, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.ToList();
        return r => list.Contains(r.Line.Id);
    }

    protected override IOrderedQueryable<ChargeLine> Order(IQueryable<ChargeLine> query) => query.OrderBy(r => r.Line.Id);

    protected override Expression<Func<ChargeLine, bool>>? OfPatient(PatientId patient) => r => r.Claim.PatientId == patient;

    protected override async Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<ChargeLine> rows, CancellationToken cancellationToken)
    {
        var claims = rows.Select(r => r.Claim).DistinctBy(c => c.Id).ToList();
        var practices = await scope.PracticesAsync(claims.Select(c => c.PracticeId), cancellationToken);
        var billing = await BillingData.BillingStaffAsync(scope, claims, cancellationToken);

        // The month's care-management work in force, for every (patient, month) of the page at once.
        var patients = claims.Select(c => c.PatientId).Distinct().ToList();
        var months = claims.Select(c => c.MonthKey).Distinct().ToList();
        var entries = scope.Db.TimeEntries.AsNoTracking();
        var work = await entries
            .Where(e => patients.Contains(e.PatientId) && months.Contains(e.MonthKey) && e.Kind != TimeEntryKind.Void && !entries.Any(later => later.Replaces == e.Id))
            .Select(e => new { e.PatientId, e.MonthKey, e.Program, e.Id })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => ChargeItemExport.ToFhir(r.Claim, r.Line, practices[r.Claim.PracticeId], billing(r.Claim.PracticeId, r.Claim.BillingNpi),
            work.Where(w => w.PatientId == r.Claim.PatientId && w.MonthKey == r.Claim.MonthKey && w.Program == r.Claim.Program).Select(w => w.Id.Value)))];
    }
}

/// <summary>A claim line read with its claim.</summary>
public sealed class ChargeLine
{
    public required BillingClaimLine Line { get; init; }

    public required BillingClaim Claim { get; init; }
}
