namespace Chronicle.Application.Time.Worklist;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Billing;
using Chronicle.Application.Common;
using Chronicle.Application.Patients;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The care manager's day: the enrolled patients (theirs by default, or the practice's) with this
/// month's countable minutes, minutes to the next threshold, days left, the pace status and the
/// payment at stake, sorted into today's call list. Reads enrollments, patients and the month's time
/// in a few set-based queries, never one per patient.
/// </summary>
public sealed class GetCareManagerWorklist(ChronicleDbContext db, PatientAccess access, AuditTrail audit, LoadBillingReferences references, TimeProvider clock)
{
    public async Task<Result<CareManagerWorklist>> ExecuteAsync(WorklistQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var practiceResult = await access.PracticeAsync(null, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var zone = practice.TimeZone;
        var today = zone.LocalDateOf(clock.GetUtcNow());
        var month = query.Month ?? BillingMonth.Of(today);
        var own = await new TimeWork(db, access, audit).OwnStaffIdAsync(cancellationToken);
        var manager = query.CareManagerId is { } chosen ? new StaffId(chosen) : query.Everyone ? null : own;

        var practiceId = practice.Id;
        var aggregates = db.PatientEnrollments.AsNoTracking().AsSplitQuery();
        if (manager is { } named)
        {
            // Only patients this person was ever care manager of (an index on the events' care
            // manager); who it is this month is decided below from the full history, as before.
            // Written as IN (subquery) so that it is evaluated once from that index, not per enrollment.
            // The practice is checked after reading: named in SQL, it leads SQLite's planner to walk
            // every enrollment of the practice instead (39 ms against 4 ms at 100,000 patients).
            var theirs = db.EnrollmentEvents.Where(h => h.CareManager == named)
                .Join(db.ProgramEnrollments, h => h.EnrollmentId, e => e.Id, (h, e) => e.PatientId);
            aggregates = aggregates.Where(p => theirs.Contains(p.PatientId));
        }
        else
        {
            aggregates = aggregates.Where(p => p.PracticeId == practiceId);
        }

        var enrollments = (await aggregates.ToListAsync(cancellationToken))
            .Where(a => a.PracticeId == practiceId)
            .SelectMany(a => a.Enrollments)
            .Where(e => e.Covers(month))
            .Select(e => (Enrollment: e, CareManager: e.CareManagerOn(e.End is { } end && end < month.LastDay ? end : month.LastDay)))
            .Where(e => manager is null || e.CareManager == manager)
            .ToList();
        var ids = enrollments.Select(e => e.Enrollment.PatientId).Distinct().ToList();
        var patients = new Dictionary<PatientId, (string Mrn, string Name)>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var p in await access.VisiblePatients().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.Mrn, p.LastName, p.FirstName }).ToListAsync(cancellationToken))
            {
                patients[p.Id] = (p.Mrn, $"{p.LastName}, {p.FirstName}");
            }
        }

        var languages = await PatientLanguages.OfAsync(db, [.. patients.Keys], cancellationToken);
        var counted = manager is null
            ? await TimeMonthCounter.PracticeAsync(db, practiceId, zone, month, cancellationToken)
            : await TimeMonthCounter.PatientsAsync(db, practiceId, ids, zone, month, cancellationToken);
        var minutes = counted.ToDictionary(m => (m.PatientId, m.Program), m => m.Minutes);
        var names = (await db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practiceId).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => s.DisplayName);
        var daysLeft = MonthPace.DaysLeft(month, today);
        var rules = YearRules.For(month);
        var fees = await references.FeesAsync(rules.Year, cancellationToken);
        var rows = enrollments
            .Where(e => patients.ContainsKey(e.Enrollment.PatientId))
            .Select(e => Row(e.Enrollment, e.CareManager, patients[e.Enrollment.PatientId], minutes.GetValueOrDefault((e.Enrollment.PatientId, e.Enrollment.Program), MonthMinutes.Zero), names, new(month, today, daysLeft, rules, fees))
                with { Language = languages.GetValueOrDefault(e.Enrollment.PatientId) })
            .OrderBy(r => r.Priority)
            .ThenByDescending(r => r.PaymentAtStakeCents)
            .ThenBy(r => r.ToNext)
            .ThenBy(r => r.PatientName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"care manager worklist {month}: {rows.Count} patients shown"), practiceId: practiceId), cancellationToken);
        return new CareManagerWorklist(practice.Name, month.ToString(), today, daysLeft, manager?.Value, manager is { } m ? names.GetValueOrDefault(m) : null, own?.Value, rows);
    }

    private static WorklistRow Row(ProgramEnrollment enrollment, StaffId? careManager, (string Mrn, string Name) patient, MonthMinutes minutes, Dictionary<StaffId, string> names, RowContext context)
    {
        var (month, today, daysLeft, rules, fees) = context;
        var progress = ThresholdTrack.Primary(rules, enrollment.Program).Progress(minutes);
        var first = progress.Track.Steps[0];
        var status = MonthPace.Status(progress.Minutes, first.Minutes, month, today);

        // Payment at stake: the year's national non-facility amount of the next code, an estimate for ordering calls.
        var stake = progress.Next is { } coming ? fees.Find(rules.Year, HcpcsCode.Parse(coming.Code))?.NonFacility : null;
        var reachable = progress.Next is { } next && next.Minutes - progress.Minutes.Value <= MonthPace.DailyCapacity * daysLeft;
        var priority = status switch
        {
            PaceStatus.AtRisk => 0,
            PaceStatus.OnTrack => 1,
            PaceStatus.Met when reachable => 2,
            PaceStatus.CannotMakeIt => 3,
            _ => 4,
        };
        return new WorklistRow(
            enrollment.PatientId.Value,
            patient.Mrn,
            patient.Name,
            enrollment.Program.ToCode(),
            careManager is { } c ? names.GetValueOrDefault(c) : null,
            progress.Minutes.Value,
            minutes.BillingPractitioner.Value,
            progress.Reached.Select(s => s.Code).ToList(),
            progress.Next?.Minutes,
            progress.Next?.Code,
            progress.ToNext.Value,
            daysLeft,
            status.ToCode(),
            status.ToLabel(),
            stake?.Cents ?? 0,
            stake?.ToString(),
            priority);
    }
}

/// <summary>What every row of one worklist is judged against.</summary>
internal sealed record RowContext(BillingMonth Month, DateOnly Today, int DaysLeft, RuleSet Rules, FeeSchedule Fees);

/// <param name="Everyone">The whole practice rather than the signed-in care manager's own patients.</param>
/// <param name="CareManagerId">Only this care manager's patients.</param>
public sealed record WorklistQuery(BillingMonth? Month = null, bool Everyone = false, Guid? CareManagerId = null);

/// <param name="CareManagerId">Whose patients are shown; null for the whole practice.</param>
/// <param name="OwnStaffId">The signed-in person's staff record, if any.</param>
public sealed record CareManagerWorklist(string PracticeName, string Month, DateOnly Today, int DaysLeft, Guid? CareManagerId, string? CareManagerName, Guid? OwnStaffId, IReadOnlyList<WorklistRow> Rows);

/// <param name="Minutes">Countable minutes toward the program's clinical-staff codes (the practitioner's own included).</param>
/// <param name="Priority">0 at risk, 1 on track, 2 met with the next threshold within reach, 3 cannot make it, 4 done.</param>
/// <param name="Language">The BCP 47 tag of the language to call the patient in (<see cref="PatientLanguages"/>); null when unknown.</param>
public sealed record WorklistRow(
    Guid PatientId,
    string Mrn,
    string PatientName,
    string Program,
    string? CareManager,
    int Minutes,
    int PractitionerMinutes,
    IReadOnlyList<string> Reached,
    int? NextMinutes,
    string? NextCode,
    int ToNext,
    int DaysLeft,
    string Status,
    string StatusLabel,
    long PaymentAtStakeCents,
    string? PaymentAtStake,
    int Priority,
    string? Language = null);
