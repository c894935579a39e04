namespace Chronicle.Application.Time.Worklist;

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
/// The practice's month in numbers for the dashboard's charts: how the enrolled patients' countable
/// minutes are spread, how many reached each threshold, and the countable minutes each person
/// logged per week (weeks from Monday, in the practice's zone).
/// </summary>
public sealed class GetTimeDashboard(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    private static readonly (string Label, int From, int To)[] Buckets =
        [("0", 0, 0), ("1–9", 1, 9), ("10–19", 10, 19), ("20–39", 20, 39), ("40–59", 40, 59), ("60+", 60, int.MaxValue)];

    public async Task<Result<TimeDashboard>> ExecuteAsync(BillingMonth? month, CancellationToken cancellationToken)
    {
        var practiceResult = await access.PracticeAsync(null, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var zone = practice.TimeZone;
        var shown = month ?? zone.MonthOf(clock.GetUtcNow());
        var practiceId = practice.Id;
        var enrolled = (await db.PatientEnrollments.AsNoTracking().AsSplitQuery().Where(p => p.PracticeId == practiceId).ToListAsync(cancellationToken))
            .SelectMany(a => a.Enrollments)
            .Where(e => e.Covers(shown))
            .Select(e => (e.PatientId, e.Program))
            .Distinct()
            .ToList();
        var counted = await TimeMonthCounter.PracticeAsync(db, practiceId, zone, shown, cancellationToken);
        var minutes = counted.ToDictionary(m => (m.PatientId, m.Program), m => m.Minutes);
        var values = enrolled
            .Select(e => (e.Program, Minutes: minutes.GetValueOrDefault(e, MonthMinutes.Zero).TowardClinicalStaffCodes.Value))
            .ToList();

        var distribution = Buckets.Select(b => new ChartBar(b.Label, values.Count(v => v.Minutes >= b.From && v.Minutes <= b.To))).ToList();
        var thresholds = new List<ChartBar>();
        var rules = YearRules.For(shown);
        foreach (var program in new[] { CareProgram.Ccm, CareProgram.Pcm })
        {
            var steps = ThresholdTrack.Primary(rules, program).Steps.Select(s => s.Minutes).Distinct().ToList();
            var ofProgram = values.Where(v => v.Program == program).Select(v => v.Minutes).ToList();
            thresholds.Add(new ChartBar($"{program.ToLabel()} below {steps[0]}", ofProgram.Count(m => m < steps[0])));
            for (var i = 0; i < steps.Count; i++)
            {
                var upper = i + 1 < steps.Count ? steps[i + 1] : int.MaxValue;
                thresholds.Add(new ChartBar(string.Create(CultureInfo.InvariantCulture, $"{program.ToLabel()} {steps[i]}+"), ofProgram.Count(m => m >= steps[i] && m < upper)));
            }
        }

        var names = (await db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practiceId).ToListAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.DisplayName);
        var weeks = Weeks(shown);
        var perPerson = counted
            .SelectMany(c => c.Entries)
            .Where(e => e.Count.CountedSeconds > 0)
            .GroupBy(e => e.Entry.StaffId)
            .Select(g => new PersonWeeks(
                names.GetValueOrDefault(g.Key, "?"),
                weeks.Select(w => g.Where(e => WeekOf(e.Entry.LocalDate) == w).Sum(e => e.Count.CountedSeconds) / 60).ToList()))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"time dashboard {shown}: {values.Count} enrolled patient-programs"), practiceId: practiceId), cancellationToken);
        return new TimeDashboard(
            shown.ToString(),
            values.Count,
            distribution,
            thresholds,
            weeks.Select(w => w.ToString("MMM d", CultureInfo.InvariantCulture)).ToList(),
            perPerson);
    }

    private static List<DateOnly> Weeks(BillingMonth month)
    {
        var weeks = new List<DateOnly>();
        for (var week = WeekOf(month.FirstDay); week <= month.LastDay; week = week.AddDays(7))
        {
            weeks.Add(week);
        }

        return weeks;
    }

    private static DateOnly WeekOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}

public sealed record ChartBar(string Label, int Value);

/// <param name="Minutes">Countable minutes in each week of <see cref="TimeDashboard.Weeks"/>.</param>
public sealed record PersonWeeks(string Name, IReadOnlyList<int> Minutes);

/// <param name="Weeks">The Mondays that start the month's weeks, as labels.</param>
public sealed record TimeDashboard(string Month, int EnrolledCount, IReadOnlyList<ChartBar> Distribution, IReadOnlyList<ChartBar> Thresholds, IReadOnlyList<string> Weeks, IReadOnlyList<PersonWeeks> PerPerson);
