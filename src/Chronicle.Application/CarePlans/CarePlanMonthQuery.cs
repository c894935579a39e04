namespace Chronicle.Application.CarePlans;

using Chronicle.Data;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>One patient's care-plan facts for a month, as read in bulk (missing elements by code).</summary>
public sealed record CarePlanMonthRow(
    PatientId PatientId,
    int? VersionInForce,
    bool Complete,
    IReadOnlyList<string> MissingElements,
    DateOnly? LastActivity,
    DateOnly? CopyProvidedOn);

/// <summary>
/// The care-plan facts of every patient of a practice for a month in three set-based queries (the
/// version in force, the last work, the last copy), never one query per patient (docs/design.md §2).
/// Gives the same answers as <see cref="CarePlan.MonthFacts"/>. Month close calls it inside its own
/// access and audit; it does not check access itself.
/// </summary>
public static class CarePlanMonthQuery
{
    public static async Task<IReadOnlyDictionary<PatientId, CarePlanMonthRow>> ForPracticeAsync(
        ChronicleDbContext db, PracticeId practiceId, BillingMonth month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var last = month.LastDay;
        var signed = db.CarePlanActivities
            .Where(a => a.PracticeId == practiceId && a.Kind == CarePlanActivityKind.Signed && a.OnDate <= last)
            .GroupBy(a => a.PlanId)
            .Select(g => new { PlanId = g.Key, Number = g.Max(a => a.VersionNumber) });
        var inForce = await db.CarePlanVersions.AsNoTracking()
            .Join(signed, v => new { v.PlanId, v.Number }, s => new { s.PlanId, s.Number }, (v, s) => new { v.PatientId, v.Number, v.IsComplete, v.MissingElements })
            .ToListAsync(cancellationToken);
        var work = await db.CarePlanActivities.AsNoTracking()
            .Where(a => a.PracticeId == practiceId && a.OnDate <= last)
            .GroupBy(a => a.PatientId)
            .Select(g => new { PatientId = g.Key, Last = g.Max(a => a.OnDate) })
            .ToDictionaryAsync(x => x.PatientId, x => x.Last, cancellationToken);
        var copies = await db.CarePlanCopies.AsNoTracking()
            .Where(c => c.PracticeId == practiceId && c.ProvidedOn <= last)
            .GroupBy(c => c.PatientId)
            .Select(g => new { PatientId = g.Key, Last = g.Max(c => c.ProvidedOn) })
            .ToDictionaryAsync(x => x.PatientId, x => x.Last, cancellationToken);

        var versions = inForce.ToDictionary(v => v.PatientId);
        return work.Keys.Union(copies.Keys).Union(versions.Keys).ToDictionary(id => id, id =>
        {
            var version = versions.GetValueOrDefault(id);
            return new CarePlanMonthRow(
                id,
                version?.Number,
                version?.IsComplete ?? false,
                version is null || version.MissingElements.Length == 0 ? [] : version.MissingElements.Split(','),
                work.TryGetValue(id, out var lastWork) ? lastWork : null,
                copies.TryGetValue(id, out var lastCopy) ? lastCopy : null);
        });
    }
}
