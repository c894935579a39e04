namespace Chronicle.Application.Outreach;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Patients;
using Chronicle.Application.Security;
using Chronicle.Domain.Patients;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// "Build a call list": the "Eligible, not enrolled" patients with their last visit and where each
/// stands in outreach (listed, with whom, declined), filtered by name, number of chronic conditions
/// and last visit, so that a care manager or administrator can choose whom to call or write to.
/// </summary>
public sealed class ListOutreachCandidates(OutreachStore store, AuditTrail audit)
{
    public async Task<Result<OutreachCandidates>> ExecuteAsync(CandidateQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var loaded = await store.ScopeAsync(cancellationToken);
        if (loaded.Value is not { } scope)
        {
            return loaded.Error!;
        }

        var practiceId = scope.Practice.Id;
        var lastVisits = await store.Db.Visits.AsNoTracking()
            .Where(v => v.PracticeId == practiceId)
            .GroupBy(v => v.PatientId)
            .Select(g => new { PatientId = g.Key, Last = g.Max(v => v.Date) })
            .ToDictionaryAsync(v => v.PatientId, v => v.Last, cancellationToken);

        var all = scope.Candidates.Values.Select(p => new OutreachCandidateRow(
                p.PatientId.Value, p.Mrn, p.Name, Patient.AgeInYears(p.BirthDate, scope.Today), p.ChronicConditions.Count,
                [.. p.ChronicConditions.Select(c => c.Category).Distinct(StringComparer.OrdinalIgnoreCase)], p.CcmEligible,
                lastVisits.TryGetValue(p.PatientId, out var last) ? last : null,
                OutreachStatusView.Of(scope.StateOf(p.PatientId), scope)))
            .ToList();
        var rows = all.Where(r => Matches(r, query))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Mrn, StringComparer.Ordinal)
            .ToList();

        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture,
            $"outreach candidates on {scope.Today:yyyy-MM-dd}: {rows.Count} of {all.Count} patients shown"), practiceId: practiceId), cancellationToken);
        return new OutreachCandidates(scope.Today, rows, all.Count, scope.Callers, store.Actor.Allows(Capability.WorkOutreach));
    }

    private static bool Matches(OutreachCandidateRow row, CandidateQuery query) =>
        PatientSearch.Matches(query.Search, row.Name, row.Mrn)
        && (query.MinConditions is not { } min || row.Conditions >= min)
        && (query.LastVisitFrom is not { } from || row.LastVisit >= from)
        && (query.LastVisitBefore is not { } before || row.LastVisit is null || row.LastVisit < before)
        && (!query.NotListedOnly || (!row.Status.OnList && row.Status.DeclinedOn is null));
}

/// <param name="LastVisitFrom">Keep patients seen on or after this date.</param>
/// <param name="LastVisitBefore">Keep patients not seen since this date (never seen included).</param>
/// <param name="NotListedOnly">Leave out patients on the call list or who declined.</param>
public sealed record CandidateQuery(
    string? Search = null, int? MinConditions = null, DateOnly? LastVisitFrom = null, DateOnly? LastVisitBefore = null, bool NotListedOnly = false);

/// <param name="Total">Eligible patients not enrolled before the filters.</param>
/// <param name="CanWork">The actor may list patients, record attempts and print letters.</param>
public sealed record OutreachCandidates(
    DateOnly Today, IReadOnlyList<OutreachCandidateRow> Rows, int Total, IReadOnlyList<CallerOption> Callers, bool CanWork);

/// <param name="Conditions">Distinct chronic conditions counting on the day.</param>
public sealed record OutreachCandidateRow(
    Guid PatientId, string Mrn, string Name, int Age, int Conditions, IReadOnlyList<string> Categories, bool CcmEligible,
    DateOnly? LastVisit, OutreachStatusView Status);
