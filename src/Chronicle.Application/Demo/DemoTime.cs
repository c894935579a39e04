namespace Chronicle.Application.Demo;

using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;

/// <summary>
/// The demo practice's time for last month and this month so far, for the enrolled patients of
/// <see cref="DemoEnrollments"/>: totals spread below, at and past the thresholds, so the worklist
/// and dashboard have something to sort; an inpatient call, a front-desk (non-clinical) entry, a
/// practitioner's own time and overlaps within a day (one of them across patients, which costs RB1016 its
/// 99490) show the exclusions. Every entry goes through the ledger.
/// </summary>
internal static class DemoTime
{
    // Last month's minutes per patient RB1001 + i (0: not enrolled or declined).
    private static readonly int[] LastMonth = [25, 42, 18, 61, 20, 35, 8, 44, 31, 0, 22, 0, 15, 40, 27, 20, 0, 12];
    private static readonly string[] CareManagers = ["rn-castillo", "lpn-hughes", "ma-nguyen"];
    private static readonly TimeActivity[] Activities =
        [TimeActivity.PhoneCall, TimeActivity.CareCoordination, TimeActivity.MedicationReconciliation, TimeActivity.CarePlan, TimeActivity.RecordReview];

    public static void Add(ChronicleDbContext db, Practice practice, IReadOnlyDictionary<string, StaffMember> staff, IReadOnlyDictionary<string, Patient> patients, DateTimeOffset now)
    {
        var zone = practice.TimeZone;
        var ledger = new TimeLedger(zone, TimePolicy.Default, [], Array.Empty<MonthLock>());
        var by = new RecordedBy("demo", "demo seed", now);
        var today = zone.LocalDateOf(now);
        var thisMonth = BillingMonth.Of(today);
        var lastMonth = thisMonth.Previous();

        void Log(int i, string staffId, DateOnly day, int hour, int minutes, bool inpatient = false, TimeActivity? activity = null)
        {
            var member = staff[staffId];
            var start = zone.TryToInstant(day.ToDateTime(new TimeOnly(hour, (i * 7) % 50))).Value;
            if (start.AddMinutes(minutes) > now)
            {
                return;
            }

            var draft = new TimeEntryDraft(practice.Id, patients[$"RB{1001 + i}"].Id, i == 8 ? CareProgram.Pcm : CareProgram.Ccm, member.Id,
                PerformerClasses.FromRole(member.Role), activity ?? Activities[(i + day.Day) % Activities.Length], start, minutes * 60,
                "Demo entry", TimeSource.Timer, inpatient);
            db.TimeEntries.Add(ledger.Log(draft, by).GetValueOrThrow());
        }

        for (var i = 0; i < LastMonth.Length; i++)
        {
            if (LastMonth[i] == 0)
            {
                continue;
            }

            var manager = CareManagers[i % CareManagers.Length];

            // Last month in calls of at most 15 minutes, a few days apart.
            var left = LastMonth[i];
            for (var call = 0; left > 0; call++)
            {
                var minutes = Math.Min(15, left);
                Log(i, manager, lastMonth.FirstDay.AddDays(Math.Min(lastMonth.DayCount - 1, 2 + (call * 6) + (i % 4))), 9 + (call % 6), minutes);
                left -= minutes;
            }

            // This month so far: a share of a month's work in proportion to the days gone, varied by patient.
            var daysGone = today.Day - 1;
            var target = daysGone * (10 + ((i * 13) % 40)) / Math.Max(1, thisMonth.DayCount);
            for (var call = 0; target > 0 && call < 6; call++)
            {
                var minutes = Math.Min(12, target);
                Log(i, manager, thisMonth.FirstDay.AddDays(Math.Min(daysGone - 1, call * 5)), 10 + call, minutes);
                target -= minutes;
            }
        }

        // What does not count, and why: inpatient, non-clinical, an overlap; and the practitioner's own time.
        var third = lastMonth.FirstDay.AddDays(20);
        Log(2, "rn-castillo", third, 15, 20, inpatient: true);
        Log(4, "fd-baptiste", third, 16, 10, activity: TimeActivity.Other);
        Log(5, "lpn-hughes", third.AddDays(1), 11, 20);
        Log(7, "lpn-hughes", third.AddDays(1), 11, 15);
        Log(3, "dr-okafor", third.AddDays(2), 17, 30, activity: TimeActivity.CarePlan);

        // One person on two patients at once (issue 14): care-plan work for RB1001 from 09:00 to 09:10
        // overlaps RB1016's 09:05 call, so RB1016 keeps 15 of its 20 logged minutes and is not billed.
        Log(0, "rn-castillo", lastMonth.FirstDay.AddDays(5), 9, 10, activity: TimeActivity.CarePlan);
    }
}
