namespace Chronicle.IntegrationTests.Claims;

using Chronicle.Application.MonthClose;
using Chronicle.Domain.Billing.Claims;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Issue 14 item 5: 'chronicle billing close' runs started together, for a first close and for a
/// re-close after new time, leave one set of decisions and exactly one claim in force per
/// patient-month; a run that waits too long is refused in one line, never with a stack trace; and
/// the month closes again afterwards.
/// </summary>
public sealed class ConcurrentCloseTests
{
    private const int Runs = 3;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Closes_started_together_on_a_first_close_write_one_set_of_decisions_and_claims(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);

        var results = await Task.WhenAll(Enumerable.Range(0, Runs).Select(_ => Task.Run(() => world.RunAsync("billing", "close", "--month", ClaimsWorld.Month), Ct)));

        AssertCleanRuns(results);
        await AssertOneClaimInForcePerDecisionAsync(world, decisions: 4, claims: 3);
        var again = await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month);
        Assert.True(again.ExitCode == 0 && again.Output.Contains("0 new, 0 changed, 4 unchanged", StringComparison.Ordinal), again.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Closes_started_together_after_new_time_change_each_patient_month_once(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);

        // CL1003 reaches 20 minutes (a new claim); CL1001 reaches 65 (a changed one).
        await world.ImportAsync("time", "mrn,program,staff_id,start,minutes,activity,note,inpatient\n" +
            "CL1003,ccm,CT-02,2026-03-25T10:00,15,phone-call,,false\nCL1001,ccm,CT-02,2026-03-25T11:00,20,phone-call,,false\n");
        var results = await Task.WhenAll(Enumerable.Range(0, Runs).Select(_ => Task.Run(() => world.RunAsync("billing", "close", "--month", ClaimsWorld.Month), Ct)));

        AssertCleanRuns(results);
        Assert.Equal(1, results.Count(r => r.Output.Contains("0 new, 2 changed", StringComparison.Ordinal)));
        await AssertOneClaimInForcePerDecisionAsync(world, decisions: 4, claims: 4);
        var again = await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month);
        Assert.True(again.ExitCode == 0 && again.Output.Contains("0 new, 0 changed, 4 unchanged", StringComparison.Ordinal), again.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_schema_refuses_a_second_claim_in_force_for_one_decision(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        await using var db = world.Database.NewContext();
        var claim = await db.BillingClaims.AsNoTracking().FirstAsync(Ct);
        var decision = await db.MonthDecisions.AsNoTracking().SingleAsync(d => d.Id == claim.DecisionId, Ct);

        db.BillingClaims.Add(BillingClaim.Create(decision, ClaimContent.Of(claim), ClaimStatus.Ready, DateTimeOffset.UnixEpoch, "a racing close"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }

    /// <summary>Every run either closed the month or was refused in one line because another close ran too long.</summary>
    internal static void AssertCleanRuns(CliResult[] results)
    {
        foreach (var result in results)
        {
            var refused = result.ExitCode == 1 && result.Error.Contains(CloseMonth.CloseRunningCode, StringComparison.Ordinal)
                && result.Error.Contains("Another close of 2026-03 is running", StringComparison.Ordinal);
            Assert.True(result.ExitCode == 0 || refused, result.ToString());
            Assert.DoesNotContain("   at ", result.ToString(), StringComparison.Ordinal);
        }

        Assert.Contains(results, r => r.ExitCode == 0);
    }

    internal static async Task AssertOneClaimInForcePerDecisionAsync(ClaimsWorld world, int decisions, int claims)
    {
        await using var db = world.Database.NewContext();
        var inForce = await db.BillingClaims.AsNoTracking().Where(c => c.Status != ClaimStatus.Superseded).Select(c => c.DecisionId).ToListAsync(Ct);
        Assert.Equal(decisions, await db.MonthDecisions.CountAsync(Ct));
        Assert.Equal(claims, inForce.Count);
        Assert.Equal(inForce.Count, inForce.Distinct().Count());
    }
}
