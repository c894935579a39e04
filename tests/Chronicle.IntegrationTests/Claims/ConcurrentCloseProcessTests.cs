namespace Chronicle.IntegrationTests.Claims;

using Chronicle.IntegrationTests.Infrastructure;
using static Chronicle.IntegrationTests.Claims.ConcurrentCloseTests;

/// <summary>
/// ADR 0166 across processes: three <c>chronicle billing close</c> processes started together on
/// one SQLite file or one PostgreSQL database, for a first close and for a re-close after new time.
/// Each exits cleanly (closed the month, or was refused in one line because another close held it
/// too long), one set of decisions is written with exactly one claim in force per decision, and the
/// month closes again afterwards. The in-process twin is <see cref="ConcurrentCloseTests"/>; only
/// separate processes have separate connection pools, SQLite handles and audit-key readers.
/// </summary>
public sealed class ConcurrentCloseProcessTests
{
    private const int Processes = 3;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Close_processes_started_together_on_a_first_close_and_a_re_close_leave_one_claim_in_force_per_decision(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);

        var first = await RaceAsync(world);

        AssertCleanRuns(first);
        Assert.Equal(1, first.Count(r => r.Output.Contains("4 new, 0 changed", StringComparison.Ordinal)));
        await AssertOneClaimInForcePerDecisionAsync(world, decisions: 4, claims: 3);

        // CL1003 reaches 20 minutes (a new claim); CL1001 reaches 65 (a changed one).
        await world.ImportAsync("time", "mrn,program,staff_id,start,minutes,activity,note,inpatient\n" +
            "CL1003,ccm,CT-02,2026-03-25T10:00,15,phone-call,,false\nCL1001,ccm,CT-02,2026-03-25T11:00,20,phone-call,,false\n");
        var again = await RaceAsync(world);

        AssertCleanRuns(again);
        Assert.Equal(1, again.Count(r => r.Output.Contains("0 new, 2 changed", StringComparison.Ordinal)));
        await AssertOneClaimInForcePerDecisionAsync(world, decisions: 4, claims: 4);
        var after = await CliProcess.RunAsync(world.Database, "billing", "close", "--month", ClaimsWorld.Month, "--practice", ClaimsWorld.PracticeNpi);
        Assert.True(after.ExitCode == 0 && after.Output.Contains("0 new, 0 changed, 4 unchanged", StringComparison.Ordinal), after.ToString());
    }

    private static Task<CliResult[]> RaceAsync(ClaimsWorld world) =>
        Task.WhenAll(Enumerable.Range(0, Processes).Select(_ =>
            CliProcess.RunAsync(world.Database, "billing", "close", "--month", ClaimsWorld.Month, "--practice", ClaimsWorld.PracticeNpi)));
}
