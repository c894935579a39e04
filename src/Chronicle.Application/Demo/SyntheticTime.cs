namespace Chronicle.Application.Demo;

using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;

/// <summary>
/// A generated patient's time for last month (complete) and this month so far, logged through the
/// ledger. Last month's totals follow a realistic spread: about 8% without time, 20% below the
/// 20-minute threshold, 45% at 20–39, 17% at 40–59 and 10% at an hour or more, in calls of 5–20
/// minutes by the care manager on working hours. A few patients also show what does not simply
/// count: the practitioner's own time, an inpatient call, a front-desk entry, an overlapping entry,
/// and a conflicting service (care plan oversight, G0181) billed elsewhere.
/// </summary>
internal sealed class SyntheticTime(Practice practice, Random random, DateTimeOffset now)
{
    private static readonly TimeActivity[] Activities =
        [TimeActivity.PhoneCall, TimeActivity.PhoneCall, TimeActivity.CareCoordination, TimeActivity.MedicationReconciliation, TimeActivity.CarePlan, TimeActivity.RecordReview];

    private static readonly HcpcsCode Oversight = HcpcsCode.Parse("G0181");

    private readonly RecordedBy _by = new("generator", "demo generate", now);
    private readonly DateOnly _today = practice.TimeZone.LocalDateOf(now);

    public TimeLedger NewLedger() => new(practice.TimeZone, TimePolicy.Default, [], []);

    public void Add(SyntheticBatch batch, TimeLedger ledger, PatientId patient, CareProgram program, StaffMember manager, StaffMember practitioner, StaffMember frontDesk)
    {
        var thisMonth = BillingMonth.Of(_today);
        var lastMonth = thisMonth.Previous();
        var total = MonthTotal();
        var offset = random.Next(4);
        DateTimeOffset? lastCall = null;
        var left = total;
        for (var call = 0; left > 0; call++)
        {
            var minutes = Math.Min(left, 5 + random.Next(16));
            lastCall = Log(batch, ledger, patient, program, manager, lastMonth.FirstDay.AddDays(((call * 4) + offset) % lastMonth.DayCount), minutes, false) ?? lastCall;
            left -= minutes;
        }

        var roll = random.NextDouble();
        var day = lastMonth.FirstDay.AddDays(random.Next(lastMonth.DayCount));
        if (roll < 0.06)
        {
            Log(batch, ledger, patient, program, practitioner, day, 15 + random.Next(21), false, TimeActivity.CarePlan);
        }
        else if (roll < 0.07)
        {
            Log(batch, ledger, patient, program, manager, day, 10 + random.Next(11), true);
        }
        else if (roll < 0.08)
        {
            Log(batch, ledger, patient, program, frontDesk, day, 5 + random.Next(6), false, TimeActivity.Other);
        }
        else if (roll < 0.10 && lastCall is { } overlapped)
        {
            // Entered twice from two screens: the counter merges the overlap.
            Add(batch, ledger, patient, program, manager, overlapped.AddMinutes(5), 10, false, TimeActivity.CareCoordination);
        }
        else if (roll < 0.115)
        {
            batch.Services.Add(OtherBilledService.Create(practice.Id, patient, Oversight, day, practitioner.Npi!.Value, "generated"));
        }

        var daysGone = _today.Day - 1;
        left = daysGone * total / thisMonth.DayCount;
        for (var call = 0; left > 0 && daysGone > 0; call++)
        {
            var minutes = Math.Min(left, 5 + random.Next(16));
            Log(batch, ledger, patient, program, manager, thisMonth.FirstDay.AddDays(((call * 4) + offset) % daysGone), minutes, false);
            left -= minutes;
        }
    }

    private int MonthTotal() => random.NextDouble() switch
    {
        < 0.08 => 0,
        < 0.28 => 5 + random.Next(15),
        < 0.73 => 20 + random.Next(20),
        < 0.90 => 40 + random.Next(20),
        _ => 60 + random.Next(30),
    };

    private DateTimeOffset? Log(SyntheticBatch batch, TimeLedger ledger, PatientId patient, CareProgram program, StaffMember member, DateOnly day, int minutes, bool inpatient, TimeActivity? activity = null)
    {
        var start = practice.TimeZone.TryToInstant(day.ToDateTime(new TimeOnly(8 + random.Next(9), random.Next(4) * 15))).Value;
        return Add(batch, ledger, patient, program, member, start, minutes, inpatient, activity ?? Activities[random.Next(Activities.Length)]);
    }

    private DateTimeOffset? Add(SyntheticBatch batch, TimeLedger ledger, PatientId patient, CareProgram program, StaffMember member, DateTimeOffset start, int minutes, bool inpatient, TimeActivity activity)
    {
        if (start.AddMinutes(minutes) > now)
        {
            return null;
        }

        var draft = new TimeEntryDraft(practice.Id, patient, program, member.Id, PerformerClasses.FromRole(member.Role), activity, start, minutes * 60,
            null, TimeSource.Timer, inpatient);
        batch.TimeEntries.Add(ledger.Log(draft, _by).GetValueOrThrow());
        return start;
    }
}
