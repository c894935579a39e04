namespace Chronicle.IntegrationTests.Cli;

using Chronicle.Application.Demo;
using Chronicle.Application.Security;
using Chronicle.Cli;
using Chronicle.Cli.Hosting;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The CLI run as a signed-in user (ADR 0191): --as (or CHRONICLE_USER) names a staff sign-in whose
/// role's row of the permissions table the use cases apply, and the audit trail names that user.
/// Without it the operator acts as the system, as installation tasks and scripts do.
/// </summary>
public sealed class CliAsUserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Each staff role's demo sign-in, and whether the permissions table lets it import records.</summary>
    public static TheoryData<string, string, bool> StaffRoles()
    {
        var signIns = new Dictionary<string, string>
        {
            [Roles.Admin] = DemoSignIns.Admin,
            [Roles.BillingPractitioner] = DemoSignIns.BillingPractitioner,
            [Roles.CareManager] = DemoSignIns.CareManager,
            [Roles.Biller] = DemoSignIns.Biller,
            [Roles.Auditor] = DemoSignIns.Auditor,
        };
        var data = new TheoryData<string, string, bool>();
        foreach (var role in Roles.Staff)
        {
            data.Add(role, signIns[role], Permissions.Allows(role, Capability.ImportRecords));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StaffRoles))]
    public async Task A_clinical_import_from_the_cli_follows_the_users_role(string role, string email, bool allowed)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        Assert.Equal(0, (await CliRunner.RunAsync(database, "demo", "seed")).ExitCode);
        var file = await PatientsFileAsync();
        try
        {
            var result = await CliRunner.RunAsync(database, "--as", email, "import", "csv", "patients", file);

            await using var db = database.NewContext();
            var imported = await db.Patients.AnyAsync(p => p.Mrn == "CLIAS1", Ct);
            if (allowed)
            {
                Assert.True(result.ExitCode == 0, $"{role}: {result}");
                Assert.True(imported);
                var events = await db.AuditEvents.AsNoTracking().Where(e => e.ActorName == email && e.Surface == "cli").ToListAsync(Ct);
                Assert.NotEmpty(events);
                Assert.All(events, e => Assert.Equal(role, e.Role));
            }
            else
            {
                Assert.Equal(1, result.ExitCode);
                Assert.Equal("error: ACCESS-DENIED: Your role may not do this (import records).", result.Error.Trim());
                Assert.False(imported);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(DemoSignIns.Patient)]
    [InlineData(DemoSignIns.OutsideProvider)]
    [InlineData("nobody@riverbend.example")]
    public async Task Only_an_active_staff_sign_in_can_be_named(string name)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        Assert.Equal(0, (await CliRunner.RunAsync(database, "demo", "seed")).ExitCode);

        var result = await CliRunner.RunAsync(database, "--as", name, "eligibility", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: ACCESS-DENIED: --as {name}: no active staff sign-in has that name (patients, caregivers, outside providers and locked accounts cannot act from the command line).", result.Error.Trim());
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task The_user_may_come_from_the_environment_and_without_one_the_operator_acts_as_the_system()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        Assert.Equal(0, (await CliRunner.RunAsync(database, "demo", "seed")).ExitCode);
        var file = await PatientsFileAsync();
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var settings = new Dictionary<string, string?>(database.Settings) { [CliRun.UserVariable] = DemoSignIns.Auditor };
            var refused = await ChronicleCli.RunAsync(["import", "csv", "patients", file], new CliConsole(output, error, outputRedirected: true, TextReader.Null), settings);
            var asOperator = await CliRunner.RunAsync(database, "import", "csv", "patients", file);

            Assert.Equal(1, refused);
            Assert.Contains("ACCESS-DENIED", error.ToString(), StringComparison.Ordinal);
            Assert.True(asOperator.ExitCode == 0, asOperator.ToString());
            await using var db = database.NewContext();
            var last = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync(Ct);
            Assert.Equal(Roles.System, last.Role);
            Assert.Equal("cli", last.Surface);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> PatientsFileAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"chronicle-cli-as-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "mrn,first_name,last_name,birth_date,sex\nCLIAS1,Ada,Lovelace,1950-01-02,female\n", Ct);
        return file;
    }
}
