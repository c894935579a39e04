namespace Chronicle.Application.CarePlans;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The practice's care plans in one list (the /CarePlans page and the home pages' queues): each
/// plan's status, its latest version and whether that is signed and complete, and the next review
/// the version in force schedules. Filters by status, unsigned and review due. Reads versions and
/// signatures in set-based queries and the content of the versions in force only, never a query per plan.
/// </summary>
public sealed class ListCarePlans(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    /// <summary>A review counts as due this many days before its date, so that it can be planned into the calls (ADR 0210).</summary>
    public const int ReviewDueWithinDays = 14;

    public async Task<Result<CarePlanList>> ExecuteAsync(CarePlanListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!access.Actor.Allows(Capability.ReadPatients))
        {
            return Permissions.Refusal(Capability.ReadPatients);
        }

        var practiceResult = await access.PracticeAsync(null, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var practiceId = practice.Id;
        var today = practice.TimeZone.LocalDateOf(clock.GetUtcNow());
        var versions = await db.CarePlanVersions.AsNoTracking().Where(v => v.PracticeId == practiceId)
            .Select(v => new { v.Id, v.PlanId, v.PatientId, v.Number, v.IsComplete, v.MissingElements, v.CreatedOn, v.AuthorName })
            .ToListAsync(cancellationToken);
        var signed = (await db.CarePlanActivities.AsNoTracking()
            .Where(a => a.PracticeId == practiceId && a.Kind == CarePlanActivityKind.Signed)
            .Select(a => new { a.PlanId, a.VersionNumber }).ToListAsync(cancellationToken))
            .Select(a => (a.PlanId, a.VersionNumber)).ToHashSet();
        var plans = versions.GroupBy(v => v.PlanId).Select(g =>
        {
            var latest = g.MaxBy(v => v.Number)!;
            var inForce = g.Where(v => signed.Contains((g.Key, v.Number))).MaxBy(v => v.Number);
            return (Latest: latest, InForce: inForce);
        }).ToList();

        var inForceIds = plans.Where(p => p.InForce is not null).Select(p => p.InForce!.Id).ToList();
        var nextReviews = new Dictionary<Guid, DateOnly?>();
        foreach (var chunk in inForceIds.Chunk(500))
        {
            foreach (var v in await db.CarePlanVersions.AsNoTracking().Where(v => chunk.Contains(v.Id)).ToListAsync(cancellationToken))
            {
                nextReviews[v.Id] = v.Content.Review.NextReview;
            }
        }

        var patientIds = plans.Select(p => p.Latest.PatientId).Distinct().ToList();
        var patients = new Dictionary<PatientId, (string Mrn, string Name)>();
        foreach (var chunk in patientIds.Chunk(500))
        {
            foreach (var p in await access.VisiblePatients().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.Mrn, p.LastName, p.FirstName }).ToListAsync(cancellationToken))
            {
                patients[p.Id] = (p.Mrn, $"{p.LastName}, {p.FirstName}");
            }
        }

        var dueBy = today.AddDays(ReviewDueWithinDays);
        var all = plans.Where(p => patients.ContainsKey(p.Latest.PatientId)).Select(p =>
        {
            var next = p.InForce is { } f ? nextReviews.GetValueOrDefault(f.Id) : null;
            var (mrn, name) = patients[p.Latest.PatientId];
            return new CarePlanListRow(
                p.Latest.PatientId.Value, mrn, name,
                p.InForce is null ? CarePlanStatus.Draft : CarePlanStatus.Active,
                p.InForce?.Number, p.Latest.Number, p.Latest.CreatedOn, p.Latest.AuthorName,
                !signed.Contains((p.Latest.PlanId, p.Latest.Number)), p.Latest.IsComplete,
                p.Latest.MissingElements.Length == 0 ? 0 : p.Latest.MissingElements.Split(',').Length,
                next, next is { } n && n <= dueBy);
        }).ToList();

        var rows = all
            .Where(r => query.Status is null || r.Status == query.Status)
            .Where(r => !query.AwaitingSignature || r.LatestUnsigned)
            .Where(r => !query.ReviewDue || r.ReviewDue)
            .OrderBy(r => r.ReviewDue && query.ReviewDue ? r.NextReview : null)
            .ThenByDescending(r => r.LatestUnsigned && r.LatestComplete)
            .ThenBy(r => r.PatientName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"care plan list: {rows.Count} plans"), null, practiceId), cancellationToken);
        return new CarePlanList(today, rows.Count, rows.Take(query.Limit).ToList(), new CarePlanCounts(
            all.Count(r => r.LatestUnsigned), all.Count(r => r.LatestUnsigned && r.LatestComplete), all.Count(r => r.ReviewDue), all.Count(r => !r.LatestComplete)));
    }
}

/// <param name="AwaitingSignature">Only plans whose latest version is not signed yet.</param>
/// <param name="ReviewDue">Only plans whose version in force schedules a review within <see cref="ListCarePlans.ReviewDueWithinDays"/> days or earlier.</param>
/// <param name="Limit">At most this many rows (the total is counted before it).</param>
public sealed record CarePlanListQuery(CarePlanStatus? Status = null, bool AwaitingSignature = false, bool ReviewDue = false, int Limit = 500);

/// <param name="Total">Rows matching the filter, before <see cref="CarePlanListQuery.Limit"/>.</param>
public sealed record CarePlanList(DateOnly Today, int Total, IReadOnlyList<CarePlanListRow> Rows, CarePlanCounts Counts);

/// <summary>The practice's plans needing someone: unsigned (of which complete, ready to sign), reviews due, incomplete latest versions.</summary>
public sealed record CarePlanCounts(int AwaitingSignature, int ReadyToSign, int ReviewsDue, int Incomplete);

/// <param name="LatestUnsigned">The latest version waits for the billing practitioner's signature.</param>
/// <param name="MissingElements">How many required elements the latest version lacks.</param>
public sealed record CarePlanListRow(
    Guid PatientId,
    string Mrn,
    string PatientName,
    CarePlanStatus Status,
    int? ActiveVersion,
    int LatestVersion,
    DateOnly LatestWrittenOn,
    string LatestAuthor,
    bool LatestUnsigned,
    bool LatestComplete,
    int MissingElements,
    DateOnly? NextReview,
    bool ReviewDue);
