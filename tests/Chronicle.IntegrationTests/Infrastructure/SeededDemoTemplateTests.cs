namespace Chronicle.IntegrationTests.Infrastructure;

using Chronicle.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The seeded copy most app tests start from (<see cref="SeededDemoTemplate"/>) must be what the
/// app makes when it seeds an empty database itself: the same rows, and an audit trail that
/// verifies with the key file copied beside it. A database a test has already touched is never
/// overwritten.
/// </summary>
public sealed class SeededDemoTemplateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_copied_demo_holds_what_the_app_seeds_itself_and_its_audit_trail_verifies(string provider)
    {
        await using var copied = await TestDatabase.CreateAsync(provider);
        await using var seeded = await TestDatabase.CreateAsync(provider);
        Assert.True(SeededDemoTemplate.TryCopyInto(copied));
        await using (var app = new ChronicleAppFactory(copied))
        {
            app.CreateClient().Dispose();
        }

        // Settings of its own keep an app off the template: this one migrates and seeds for itself.
        await using (var app = new ChronicleAppFactory(seeded, settings: new Dictionary<string, string?>()))
        {
            app.CreateClient().Dispose();
        }

        Assert.Equal(await CountsAsync(seeded), await CountsAsync(copied));
        var verified = await CliRunner.RunAsync(copied, "audit", "verify");
        Assert.True(verified.ExitCode == 0, verified.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_database_a_test_has_already_migrated_is_left_to_the_app(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            await db.Database.MigrateAsync(Ct);
        }

        Assert.False(SeededDemoTemplate.TryCopyInto(database));
        await using var check = database.NewContext();
        Assert.Equal(0, await check.Patients.CountAsync(Ct));
    }

    private static async Task<string> CountsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var counts = new (string Table, int Rows)[]
        {
            ("practices", await db.Practices.CountAsync(Ct)),
            ("staff", await db.StaffMembers.CountAsync(Ct)),
            ("users", await db.Users.CountAsync(Ct)),
            ("patients", await db.Patients.CountAsync(Ct)),
            ("conditions", await db.Conditions.CountAsync(Ct)),
            ("visits", await db.Visits.CountAsync(Ct)),
            ("time", await db.TimeEntries.CountAsync(Ct)),
            ("enrollments", await db.ProgramEnrollments.CountAsync(Ct)),
            ("consents", await db.ConsentRecords.CountAsync(Ct)),
            ("care plans", await db.CarePlanVersions.CountAsync(Ct)),
            ("decisions", await db.MonthDecisions.CountAsync(Ct)),
            ("claims", await db.BillingClaims.CountAsync(Ct)),
            ("coverage", await db.Coverages.CountAsync(Ct)),
            ("audit events", await db.AuditEvents.CountAsync(Ct)),
        };
        return string.Join(", ", counts.Select(c => $"{c.Table} {c.Rows}"));
    }
}
