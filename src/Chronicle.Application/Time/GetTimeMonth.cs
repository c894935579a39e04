namespace Chronicle.Application.Time;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// A patient's month per program: countable minutes by performer class, the thresholds reached
/// and the next one on each track, what is excluded and why, and each entry in force with what it
/// counted (overlaps flagged). Whether the month is locked.
/// </summary>
public sealed class GetTimeMonth(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<TimeMonthView>> ExecuteAsync(Guid patientId, BillingMonth? month, CancellationToken cancellationToken)
    {
        var result = await ReadAsync(patientId, month, cancellationToken);
        if (result.Value is { } view)
        {
            await audit.RecordAsync(AuditEntry.Read($"time month {view.Month}", new PatientId(view.PatientId), null), cancellationToken);
        }

        return result;
    }

    /// <summary>The month view without an audit event, for a page whose own read records it.</summary>
    internal async Task<Result<TimeMonthView>> ReadAsync(Guid patientId, BillingMonth? month, CancellationToken cancellationToken)
    {
        var work = new TimeWork(db, access, audit);
        var scope = await work.PatientAsync(patientId, cancellationToken);
        if (scope.Value is not { } found)
        {
            return scope.Error!;
        }

        var zone = found.Zone;
        var today = zone.LocalDateOf(clock.GetUtcNow());
        var shown = month ?? BillingMonth.Of(today);
        var counted = await TimeMonthCounter.PatientAsync(db, found.Patient.Id, zone, shown, cancellationToken);
        var names = await TimeStaffNames.OfAsync(db, counted.SelectMany(c => c.Entries).Select(e => e.Entry.StaffId), cancellationToken);
        var key = shown.Key;
        var rules = YearRules.For(shown);
        var locked = await db.MonthLocks.AsNoTracking().AnyAsync(l => l.PatientId == found.Patient.Id && l.MonthKey == key, cancellationToken);
        var programs = counted
            .OrderBy(c => c.Program)
            .Select(c => new TimeProgramMonth(
                c.Program.ToCode(),
                c.Program.ToLabel(),
                c.Minutes.ClinicalStaff.Value,
                c.Minutes.BillingPractitioner.Value,
                c.Minutes.TowardClinicalStaffCodes.Value,
                c.Minutes.Excluded.Value,
                c.Minutes.Exclusions().Select(f => new TimeExclusionView(f.Code, f.Message)).ToList(),
                ThresholdTrack.Progress(rules, c.Program, c.Minutes).Select(ThresholdView.Of).ToList(),
                c.Entries
                    .OrderByDescending(e => e.Entry.Start)
                    .Select(e => new CountedEntryView(TimeEntryView.Of(e.Entry, zone, names.GetValueOrDefault(e.Entry.StaffId, "?")), e.Count.CountedSeconds, e.Count.Overlaps, ExclusionCode(e.Count)))
                    .ToList()))
            .ToList();
        return new TimeMonthView(found.Patient.Id.Value, shown.ToString(), today, MonthPace.DaysLeft(shown, today), locked, programs);
    }

    private static string? ExclusionCode(EntryCount count) => count.Exclusion switch
    {
        TimeExclusion.NonClinical => TimeCodes.NonClinicalExcluded,
        TimeExclusion.Inpatient => TimeCodes.InpatientExcluded,
        TimeExclusion.BeforeConsent => TimeCodes.BeforeConsent,
        _ => count.OverlapSeconds > 0 ? TimeCodes.OverlappingTime : null,
    };
}

public sealed record TimeMonthView(Guid PatientId, string Month, DateOnly Today, int DaysLeft, bool Locked, IReadOnlyList<TimeProgramMonth> Programs);

public sealed record TimeProgramMonth(
    string Program,
    string Label,
    int ClinicalStaffMinutes,
    int BillingPractitionerMinutes,
    int TowardClinicalStaffCodes,
    int ExcludedMinutes,
    IReadOnlyList<TimeExclusionView> Exclusions,
    IReadOnlyList<ThresholdView> Thresholds,
    IReadOnlyList<CountedEntryView> Entries);

public sealed record TimeExclusionView(string Code, string Message);

/// <param name="Reached">Codes reached, e.g. ["99490", "99439"].</param>
public sealed record ThresholdView(string Track, int Minutes, IReadOnlyList<string> Reached, int? NextMinutes, string? NextCode, int ToNext, IReadOnlyList<int> Steps)
{
    internal static ThresholdView Of(ThresholdProgress p) => new(
        p.Track.Name, p.Minutes.Value, p.Reached.Select(s => s.Code).ToList(), p.Next?.Minutes, p.Next?.Code, p.ToNext.Value, p.Track.Steps.Select(s => s.Minutes).ToList());
}

/// <param name="CountedSeconds">What the entry counts after exclusions and the overlap merge.</param>
/// <param name="Flag">Why it counts less than logged: INPATIENT-TIME-EXCLUDED, NON-CLINICAL-TIME-EXCLUDED, TIME-BEFORE-CONSENT or OVERLAPPING-TIME.</param>
public sealed record CountedEntryView(TimeEntryView Entry, int CountedSeconds, bool Overlaps, string? Flag);
