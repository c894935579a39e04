namespace Chronicle.IntegrationTests.Time;

using Chronicle.Application.Common;
using Chronicle.Application.Time;
using Chronicle.Domain.Common;
using Chronicle.Domain.Time;
using Chronicle.IntegrationTests.Audit;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>The ledger on both databases: months in the practice's zone, corrections, voids, locks, overlaps, exclusions.</summary>
public sealed class TimeLedgerStoreTests
{
    private static readonly DateTimeOffset FebruarySecond = new(2026, 2, 2, 23, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Time_belongs_to_the_month_of_its_local_start_in_the_practice_zone(string provider)
    {
        await using var world = await TimeWorld.CreateAsync(provider, FebruarySecond);

        // 23:30 on 31 January in Chicago is 05:30 on 1 February in UTC.
        var late = await world.LoggedAsync("LK1001", "LS-02", "2026-01-31T23:30", 20);
        await world.LoggedAsync("LK1001", "LS-02", "2026-02-01T00:00", 5);

        // An instant in February in UTC that is still 31 January in Chicago.
        await world.LoggedAsync("LK1001", "LS-02", "2026-02-01T05:00Z", 7);

        Assert.Equal("2026-01", late.Month);
        Assert.Equal(new DateTime(2026, 1, 31, 23, 30, 0), late.LocalStart);
        Assert.Equal(27, (await world.SummaryAsync("2026-01"))["LK1001/ccm"].ClinicalStaffMinutes);
        Assert.Equal(5, (await world.SummaryAsync("2026-02"))["LK1001/ccm"].ClinicalStaffMinutes);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Corrections_and_voids_are_new_records_and_totals_follow_them(string provider)
    {
        await using var world = await TimeWorld.CreateAsync(provider, FebruarySecond);
        var first = await world.LoggedAsync("LK1001", "LS-02", "2026-02-02T08:00", 10);
        var other = await world.LoggedAsync("LK1001", "LS-02", "2026-02-02T09:00", 15);

        var corrected = await world.RunAsync<CorrectTime, Result<TimeEntryView>>(u => u.ExecuteAsync(first.Id,
            new TimeEntryInput("ccm", "care-coordination", "2026-02-02T08:00", 25 * 60, "Longer than noted", Reason: "Call ran longer"), Ct));
        var voided = await world.RunAsync<VoidTime, Result<TimeEntryView>>(u => u.ExecuteAsync(other.Id, "Wrong patient", Ct));
        var again = await world.RunAsync<CorrectTime, Result<TimeEntryView>>(u => u.ExecuteAsync(first.Id,
            new TimeEntryInput("ccm", "care-coordination", "2026-02-02T08:00", 30 * 60, Reason: "Again"), Ct));
        var list = await world.RunAsync<ListTime, Result<IReadOnlyList<TimeEntryView>>>(u => u.ExecuteAsync(world.Patient("LK1001"), new BillingMonth(2026, 2), Ct));

        Assert.True(corrected.Succeeded, corrected.Error?.ToString());
        Assert.Equal(first.Id, corrected.Value!.Replaces);
        Assert.Equal("Call ran longer", corrected.Value.Reason);
        Assert.Equal("void", voided.Value!.Kind);
        Assert.Equal(TimeCodes.Superseded, again.Error?.Code);
        Assert.Equal(25, (await world.SummaryAsync("2026-02"))["LK1001/ccm"].ClinicalStaffMinutes);
        Assert.Equal(4, list.Value!.Count);
        Assert.Equal([corrected.Value.Id], list.Value.Where(e => e.InForce).Select(e => e.Id));
        Assert.Equal(corrected.Value.Id, list.Value.Single(e => e.Id == first.Id).ReplacedBy);
        var events = await AuditData.EventsAsync(world.Database);
        Assert.Contains(events, e => e.Action == "update" && e.What.Contains($"replaces {first.Id}", StringComparison.Ordinal) && e.PatientId?.Value == world.Patient("LK1001"));
        Assert.Contains(events, e => e.Action == "delete" && e.What.Contains($"withdraws {other.Id}", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_simultaneous_corrections_of_one_entry_store_exactly_one(string provider)
    {
        await using var world = await TimeWorld.CreateAsync(provider, FebruarySecond);
        var entry = await world.LoggedAsync("LK1002", "LS-02", "2026-02-02T08:00", 10);

        var results = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.Run(() =>
            world.RunAsync<CorrectTime, Result<TimeEntryView>>(u => u.ExecuteAsync(entry.Id,
                new TimeEntryInput("ccm", "phone-call", "2026-02-02T08:00", (10 + i) * 60, Reason: $"Fix {i}"), Ct)), Ct)));

        var winner = Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(TimeCodes.Superseded, r.Error!.Code));
        Assert.Equal(winner.Value!.Minutes, (await world.SummaryAsync("2026-02"))["LK1002/ccm"].ClinicalStaffMinutes);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_locked_month_takes_no_new_corrected_or_voided_time(string provider)
    {
        await using var world = await TimeWorld.CreateAsync(provider, FebruarySecond);
        var entry = await world.LoggedAsync("LK1001", "LS-02", "2026-01-28T10:00", 20);
        await world.LoggedAsync("LK1001", "LS-02", "2026-02-01T10:00", 5);

        var locked = await world.RunAsync<LockTimeMonth, Result<bool>>(u => u.ExecuteAsync(world.Patient("LK1001"), new BillingMonth(2026, 1), "Billed on claim 1", Ct));
        var relock = await world.RunAsync<LockTimeMonth, Result<bool>>(u => u.ExecuteAsync(world.Patient("LK1001"), new BillingMonth(2026, 1), "Billed", Ct));
        var logged = await world.LogAsync("LK1001", "LS-02", "2026-01-21T10:00", 5, reason: "Late paper note");
        var voided = await world.RunAsync<VoidTime, Result<TimeEntryView>>(u => u.ExecuteAsync(entry.Id, "Wrong", Ct));
        var corrected = await world.RunAsync<CorrectTime, Result<TimeEntryView>>(u => u.ExecuteAsync(entry.Id,
            new TimeEntryInput("ccm", "phone-call", "2026-01-28T10:00", 30 * 60, Reason: "Longer"), Ct));
        var otherPatient = await world.LogAsync("LK1002", "LS-02", "2026-01-21T10:00", 5, reason: "Late paper note");

        Assert.True(locked.Value);
        Assert.False(relock.Value);
        Assert.Equal(TimeCodes.MonthLocked, logged.Error?.Code);
        Assert.Equal(TimeCodes.MonthLocked, voided.Error?.Code);
        Assert.Equal(TimeCodes.MonthLocked, corrected.Error?.Code);
        Assert.True(otherPatient.Succeeded);
        Assert.Equal(20, (await world.SummaryAsync("2026-01"))["LK1001/ccm"].ClinicalStaffMinutes);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Overlapping_entries_of_one_person_across_patients_count_once(string provider)
    {
        await using var world = await TimeWorld.CreateAsync(provider, FebruarySecond);
        await world.LoggedAsync("LK1001", "LS-02", "2026-02-02T09:00", 20);
        await world.LoggedAsync("LK1002", "LS-02", "2026-02-02T09:10", 20);
        await world.LoggedAsync("LK1002", "LS-01", "2026-02-02T09:10", 20);

        var summary = await world.SummaryAsync("2026-02");
        var month = await world.RunAsync<GetTimeMonth, Result<TimeMonthView>>(u => u.ExecuteAsync(world.Patient("LK1002"), new BillingMonth(2026, 2), Ct));

        Assert.Equal(new TimeSummaryRow("LK1001", "ccm", 20, 0, 0), summary["LK1001/ccm"]);
        Assert.Equal(new TimeSummaryRow("LK1002", "ccm", 10, 20, 10), summary["LK1002/ccm"]);
        var program = Assert.Single(month.Value!.Programs);
        Assert.Equal(30, program.TowardClinicalStaffCodes);
        Assert.Equal([TimeCodes.OverlappingTime], program.Exclusions.Select(e => e.Code));
        var flagged = Assert.Single(program.Entries, e => e.Overlaps);
        Assert.Equal(600, flagged.CountedSeconds);
        Assert.Equal(["99490"], program.Thresholds[0].Reached);
        Assert.Equal(40, program.Thresholds[0].NextMinutes);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Inpatient_and_non_clinical_time_is_logged_but_excluded(string provider)
    {
        await using var world = await TimeWorld.CreateAsync(provider, FebruarySecond);
        await world.LoggedAsync("LK1003", "LS-02", "2026-02-01T09:00", 20, inpatient: true);
        await world.LoggedAsync("LK1003", "LS-03", "2026-02-01T11:00", 15);
        await world.LoggedAsync("LK1003", "LS-02", "2026-02-01T13:00", 12);
        await world.LoggedAsync("LK1003", "LS-01", "2026-02-02T08:00", 30, program: "pcm");

        var summary = await world.SummaryAsync("2026-02");
        var month = await world.RunAsync<GetTimeMonth, Result<TimeMonthView>>(u => u.ExecuteAsync(world.Patient("LK1003"), new BillingMonth(2026, 2), Ct));

        Assert.Equal(new TimeSummaryRow("LK1003", "ccm", 12, 0, 35), summary["LK1003/ccm"]);
        Assert.Equal(new TimeSummaryRow("LK1003", "pcm", 0, 30, 0), summary["LK1003/pcm"]);
        var ccm = month.Value!.Programs.Single(p => p.Program == "ccm");
        Assert.Equal([TimeCodes.NonClinicalExcluded, TimeCodes.InpatientExcluded], ccm.Exclusions.Select(e => e.Code));
        Assert.Equal(["99424"], month.Value.Programs.Single(p => p.Program == "pcm").Thresholds[1].Reached);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_and_future_time_are_refused_with_their_codes(string provider)
    {
        await using var world = await TimeWorld.CreateAsync(provider, FebruarySecond);

        var future = await world.LogAsync("LK1001", "LS-02", "2026-02-02T16:50", 20);
        var backdated = await world.LogAsync("LK1001", "LS-02", "2026-01-10T09:00", 20);
        var badProgram = await world.LogAsync("LK1001", "LS-02", "2026-02-01T09:00", 20, program: "rpm");
        var badStart = await world.LogAsync("LK1001", "LS-02", "yesterday", 20);
        var unknown = await world.RunAsync<LogTime, Result<TimeEntryView>>(u => u.ExecuteAsync(Guid.NewGuid(), new TimeEntryInput("ccm", "phone-call", "2026-02-01T09:00", 60, StaffId: world.Staff("LS-02")), Ct));

        Assert.Equal(TimeCodes.Future, future.Error?.Code);
        Assert.Equal(TimeCodes.BackdateReason, backdated.Error?.Code);
        Assert.Equal("TIME-INVALID", badProgram.Error?.Code);
        Assert.StartsWith("program:", badProgram.Error!.Message, StringComparison.Ordinal);
        Assert.StartsWith("start:", badStart.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("PATIENT-UNKNOWN", unknown.Error?.Code);
        Assert.Empty(await world.SummaryAsync("2026-02"));
    }
}
