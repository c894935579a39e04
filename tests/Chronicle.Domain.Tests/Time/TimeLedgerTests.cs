namespace Chronicle.Domain.Tests.Time;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;
using static Chronicle.Domain.Tests.Time.CountableMinutesTests;

/// <summary>The append-only ledger: what may be logged, corrected and voided, and how totals follow.</summary>
public sealed class TimeLedgerTests
{
    private static readonly PracticeTimeZone Chicago = PracticeTimeZone.Parse("America/Chicago");
    private static readonly PracticeId Practice = PracticeId.New();
    private static readonly PatientId Patient = PatientId.New();
    private static readonly StaffId Nurse = StaffId.New();
    private static readonly DateTimeOffset Now = At("2026-01-20T12:00");

    [Theory]
    [InlineData("2026-01-20T11:40", 20 * 60, TimeSource.Manual, null, null)]
    [InlineData("2026-01-20T11:41", 20 * 60, TimeSource.Manual, null, TimeCodes.Future)]
    [InlineData("2026-01-20T11:00", 0, TimeSource.Manual, null, TimeCodes.Duration)]
    [InlineData("2026-01-19T11:00", 13 * 3600, TimeSource.Manual, null, TimeCodes.Duration)]
    [InlineData("2026-01-13T09:00", 600, TimeSource.Manual, null, null)]
    [InlineData("2026-01-12T09:00", 600, TimeSource.Manual, null, TimeCodes.BackdateReason)]
    [InlineData("2026-01-12T09:00", 600, TimeSource.Manual, "Paper log from the clinic outage", null)]
    [InlineData("2026-01-02T09:00", 600, TimeSource.Import, null, null)]
    [InlineData("2025-12-30T09:00", 600, TimeSource.Manual, "Late", TimeCodes.MonthLocked)]
    public void Logging_checks_the_entry(string localStart, int seconds, TimeSource source, string? reason, string? refusal)
    {
        var ledger = Ledger([], locked: [new BillingMonth(2025, 12)]);

        var outcome = ledger.Log(Draft(localStart, seconds, source) with { Reason = reason }, By(Now));

        Assert.Equal(refusal, outcome.Failure?.Code);
    }

    [Theory]
    [InlineData(120 * 60, TimeSource.Manual, false, null)]
    [InlineData((120 * 60) + 60, TimeSource.Manual, false, TimeCodes.ConfirmLong)]
    [InlineData((120 * 60) + 60, TimeSource.Manual, true, null)]
    [InlineData((120 * 60) + 60, TimeSource.Import, false, null)]
    public void A_manual_entry_longer_than_the_long_entry_limit_needs_confirmation(int seconds, TimeSource source, bool confirmed, string? refusal)
    {
        var outcome = Ledger([]).Log(Draft("2026-01-20T08:00", seconds, source), By(Now), confirmed);

        Assert.Equal(refusal, outcome.Failure?.Code);
    }

    [Fact]
    public void Refusals_speak_in_minutes_and_in_the_practices_local_time()
    {
        var ledger = new TimeLedger(Chicago, TimePolicy.Default, [], [], "Springfield");

        var tooLong = ledger.Log(Draft("2026-01-19T08:00", 900 * 60), By(Now)).Failure!;
        var future = ledger.Log(Draft("2026-01-20T12:30", 5 * 60), By(Now)).Failure!;
        var endsLater = ledger.Log(Draft("2026-01-20T11:50", 20 * 60), By(Now)).Failure!;
        var longer = ledger.Log(Draft("2026-01-20T08:00", 150 * 60), By(Now)).Failure!;

        Assert.Equal("900 minutes is more than 12 hours; enter at most 720 minutes.", tooLong.Message);
        Assert.Equal("That time is in the future: it is 12:00 in Springfield. Time is logged once it has happened.", future.Message);
        Assert.StartsWith("The entry would end at 12:10, in the future: it is 12:00 in Springfield.", endsLater.Message, StringComparison.Ordinal);
        Assert.StartsWith("150 minutes is longer than 120 minutes", longer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_locked_month_refuses_with_the_claim_that_locked_it_and_the_way_forward()
    {
        var refused = Ledger([], locked: [new BillingMonth(2025, 12)]).Log(Draft("2025-12-30T09:00", 600) with { Reason = "Late" }, By(Now)).Failure!;

        Assert.Equal(TimeCodes.MonthLocked, refused.Code);
        Assert.Contains("claim C0000000000000000042 was approved", refused.Message, StringComparison.Ordinal);
        Assert.Contains("chronicle claims correct --claim C0000000000000000042", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_takes_the_month_and_date_of_its_local_start()
    {
        var entry = Ledger([]).Log(Draft("2026-01-31T23:30", 600), By(At("2026-02-02T08:00"))).GetValueOrThrow();

        Assert.Equal(new BillingMonth(2026, 1), entry.Month);
        Assert.Equal(new DateOnly(2026, 1, 31), entry.LocalDate);
        Assert.Equal(TimeSpan.Zero, entry.Start.Offset);
    }

    [Fact]
    public void A_correction_replaces_the_entry_and_totals_follow_it()
    {
        var original = Ledger([]).Log(Draft("2026-01-20T09:00", 600), By(Now)).GetValueOrThrow();
        var ledger = Ledger([original]);

        var correction = ledger.Correct(original.Id, original.ToDraft() with { DurationSeconds = 1500 }, "Call ran longer", By(Now)).GetValueOrThrow();

        Assert.Equal(TimeEntryKind.Correction, correction.Kind);
        Assert.Equal(original.Id, correction.Replaces);
        Assert.Equal("Call ran longer", correction.Reason);
        Assert.Equal([correction], ledger.InForce);
        Assert.Equal(25, Count(ledger.InForce));
        Assert.Equal(600, original.DurationSeconds);
    }

    [Fact]
    public void A_void_withdraws_the_entry_and_keeps_who_and_why()
    {
        var original = Ledger([]).Log(Draft("2026-01-20T09:00", 600), By(Now)).GetValueOrThrow();
        var ledger = Ledger([original]);

        var voided = ledger.Void(original.Id, "Logged on the wrong patient", By(Now.AddMinutes(5))).GetValueOrThrow();

        Assert.Equal(TimeEntryKind.Void, voided.Kind);
        Assert.Equal("nurse", voided.RecordedById);
        Assert.Equal(Now.AddMinutes(5), voided.RecordedAt);
        Assert.Empty(ledger.InForce);
        Assert.Empty(TimeLedger.InForceOf([original, voided]));
    }

    [Theory]
    [InlineData("correct-twice", TimeCodes.Superseded)]
    [InlineData("void-the-void", TimeCodes.Superseded)]
    [InlineData("no-reason", TimeCodes.ReasonRequired)]
    [InlineData("unknown", TimeCodes.NotFound)]
    [InlineData("unchanged", TimeCodes.Unchanged)]
    [InlineData("locked", TimeCodes.MonthLocked)]
    [InlineData("into-locked", TimeCodes.MonthLocked)]
    [InlineData("into-future", TimeCodes.Future)]
    public void Corrections_and_voids_are_refused_where_the_ledger_forbids(string scenario, string code)
    {
        var original = Ledger([]).Log(Draft("2026-01-20T09:00", 600), By(Now)).GetValueOrThrow();
        var ledger = Ledger([original], scenario == "locked" ? [new BillingMonth(2026, 1)] : [new BillingMonth(2025, 12)]);
        var longer = original.ToDraft() with { DurationSeconds = 900 };

        var outcome = scenario switch
        {
            "correct-twice" => Then(ledger.Correct(original.Id, longer, "longer", By(Now)), () => ledger.Correct(original.Id, longer with { DurationSeconds = 1000 }, "again", By(Now))),
            "void-the-void" => ledger.Void(ledger.Void(original.Id, "wrong", By(Now)).GetValueOrThrow().Id, "undo", By(Now)),
            "no-reason" => ledger.Correct(original.Id, longer, " ", By(Now)),
            "unknown" => ledger.Void(TimeEntryId.New(), "why", By(Now)),
            "unchanged" => ledger.Correct(original.Id, original.ToDraft(), "same", By(Now)),
            "locked" => ledger.Void(original.Id, "wrong", By(Now)),
            "into-locked" => ledger.Correct(original.Id, longer with { Start = At("2025-12-31T09:00") }, "date", By(Now)),
            _ => ledger.Correct(original.Id, longer with { Start = Now }, "later", By(Now)),
        };

        Assert.Equal(code, outcome.Failure?.Code);
    }

    [Fact]
    public void A_correction_keeps_the_patient_and_how_the_minutes_were_captured()
    {
        var original = Ledger([]).Log(Draft("2026-01-20T09:00", 600, TimeSource.Timer), By(Now)).GetValueOrThrow();

        var corrected = Ledger([original]).Correct(original.Id, original.ToDraft() with { PatientId = PatientId.New(), Source = TimeSource.Manual, Activity = TimeActivity.Education }, "activity", By(Now)).GetValueOrThrow();

        Assert.Equal(Patient, corrected.PatientId);
        Assert.Equal(TimeSource.Timer, corrected.Source);
        Assert.Equal(TimeActivity.Education, corrected.Activity);
    }

    private static Outcome<TimeEntry> Then(Outcome<TimeEntry> first, Func<Outcome<TimeEntry>> second)
    {
        Assert.True(first.Succeeded);
        return second();
    }

    private static int Count(IEnumerable<TimeEntry> entries) =>
        CountableMinutes.Count(entries.Select(e => e.ToCountable()).ToList(), new BillingMonth(2026, 1), Chicago).ClinicalStaff.Value;

    private static TimeLedger Ledger(IEnumerable<TimeEntry> entries, IEnumerable<BillingMonth>? locked = null) =>
        new(Chicago, TimePolicy.Default, entries, (locked ?? []).Select(m => MonthLock.Create(Practice, Patient, m, "Bea Biller", "approved", Now, "C0000000000000000042")));

    private static RecordedBy By(DateTimeOffset at) => new("nurse", "Nina Nurse", at);

    private static TimeEntryDraft Draft(string localStart, int seconds, TimeSource source = TimeSource.Manual) =>
        new(Practice, Patient, CareProgram.Ccm, Nurse, PerformerClass.ClinicalStaff, TimeActivity.PhoneCall, At(localStart), seconds, "Called about refills", source, false);
}
