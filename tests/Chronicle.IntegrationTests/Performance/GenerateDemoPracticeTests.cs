namespace Chronicle.IntegrationTests.Performance;

using System.Text.Json;
using Chronicle.Application.Demo;
using Chronicle.Data;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>'chronicle demo generate' on both databases: the rows it promises, valid for the domain, the same for the same seed.</summary>
public sealed class GenerateDemoPracticeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Generate_writes_the_counted_rows_and_month_close_decides_every_enrolled_patient(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await CliRunner.RunAsync(database, "demo", "generate", "--patients", "120", "--seed", "7", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var made = JsonDocument.Parse(result.Output).RootElement;
        var npi = made.GetProperty("groupNpi").GetString()!;
        await using var db = database.NewContext();
        var practice = await db.Practices.SingleAsync(p => p.GroupNpi == Chronicle.Domain.Common.Npi.Parse(npi), Ct);
        Assert.Equal(120, await db.Patients.CountAsync(p => p.PracticeId == practice.Id, Ct));
        Assert.Equal(made.GetProperty("conditions").GetInt32(), await db.Conditions.CountAsync(c => c.PracticeId == practice.Id, Ct));
        Assert.Equal(made.GetProperty("enrolled").GetInt32(), await db.PatientEnrollments.CountAsync(e => e.PracticeId == practice.Id, Ct));
        Assert.Equal(made.GetProperty("consents").GetInt32(), await db.PatientConsents.CountAsync(c => c.PracticeId == practice.Id, Ct));
        Assert.Equal(made.GetProperty("carePlans").GetInt32(), await db.CarePlans.CountAsync(c => c.PracticeId == practice.Id, Ct));
        Assert.Equal(made.GetProperty("timeEntries").GetInt32(), await db.TimeEntries.CountAsync(e => e.PracticeId == practice.Id, Ct));
        Assert.InRange(made.GetProperty("enrolled").GetInt32(), 60, 110);

        // Read back through EF: the aggregates fold their histories into enrolled patients with a care manager.
        var enrollments = await db.PatientEnrollments.Where(e => e.PracticeId == practice.Id).ToListAsync(Ct);
        Assert.All(enrollments.SelectMany(e => e.Enrollments), e =>
        {
            Assert.Equal(EnrollmentStatus.Enrolled, e.Status);
            Assert.NotNull(e.CareManager);
        });
        Assert.All(await db.TimeEntries.Where(e => e.PracticeId == practice.Id).ToListAsync(Ct), e => Assert.Equal(TimeEntryKind.Original, e.Kind));

        var month = Chronicle.Domain.Common.BillingMonth.Of(DateOnly.FromDateTime(TestClock.Now.UtcDateTime)).Previous();
        var close = await CliRunner.RunAsync(database, "billing", "close", "--month", month.ToString(), "--practice", npi, "--json");
        Assert.True(close.ExitCode == 0, close.ToString());
        var statuses = JsonDocument.Parse(close.Output).RootElement.EnumerateArray().Select(r => r.GetProperty("status").GetString()).ToList();
        Assert.Contains("billable", statuses);
        Assert.Contains("not-billable", statuses);
        Assert.True(statuses.Count >= enrollments.Count, $"{statuses.Count} decisions for {enrollments.Count} enrolled patients");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_same_seed_gives_the_same_practice_and_another_seed_a_different_one(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await CliRunner.RunAsync(database, "demo", "generate", "--patients", "40", "--seed", "11", "--practice", "1234567893", "--json");
        var again = await CliRunner.RunAsync(database, "demo", "generate", "--patients", "40", "--seed", "11", "--practice", "1245319599", "--json");
        var other = await CliRunner.RunAsync(database, "demo", "generate", "--patients", "40", "--seed", "12", "--practice", "1679576722", "--json");
        var twice = await CliRunner.RunAsync(database, "demo", "generate", "--patients", "40", "--seed", "11", "--practice", "1234567893");

        Assert.True(first.ExitCode == 0 && again.ExitCode == 0 && other.ExitCode == 0, $"{first}\n{again}\n{other}");
        Assert.Equal(1, twice.ExitCode);
        Assert.Contains(GenerateDemoPractice.PracticeExistsCode, twice.Error, StringComparison.Ordinal);
        await using var db = database.NewContext();
        var a = await FingerprintAsync(db, "1234567893");
        Assert.Equal(a, await FingerprintAsync(db, "1245319599"));
        Assert.NotEqual(a, await FingerprintAsync(db, "1679576722"));
        var audit = await CliRunner.RunAsync(database, "audit", "verify");
        Assert.True(audit.ExitCode == 0, audit.ToString());
    }

    [Fact]
    public async Task A_patient_count_out_of_range_is_refused_with_its_code()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var result = await CliRunner.RunAsync(database, "demo", "generate", "--patients", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(GenerateDemoPractice.PatientsOutOfRangeCode, result.Error, StringComparison.Ordinal);
    }

    /// <summary>What a seed decides: each patient's identity, conditions, enrollment and minutes (ids differ from run to run).</summary>
    private static async Task<List<string>> FingerprintAsync(ChronicleDbContext db, string npi)
    {
        var practice = await db.Practices.SingleAsync(p => p.GroupNpi == Chronicle.Domain.Common.Npi.Parse(npi), Ct);
        var patients = await db.Patients.Where(p => p.PracticeId == practice.Id).ToListAsync(Ct);
        var conditions = (await db.Conditions.Where(c => c.PracticeId == practice.Id).ToListAsync(Ct)).ToLookup(c => c.PatientId);
        var programs = (await db.ProgramEnrollments.Where(e => e.PracticeId == practice.Id).ToListAsync(Ct)).ToLookup(e => e.PatientId);
        var seconds = (await db.TimeEntries.Where(e => e.PracticeId == practice.Id).ToListAsync(Ct)).ToLookup(e => e.PatientId);
        return patients.OrderBy(p => p.Mrn, StringComparer.Ordinal).Select(p =>
            $"{p.Mrn} {p.FirstName} {p.LastName} {p.BirthDate:yyyy-MM-dd} {p.Mbi} " +
            $"[{string.Join(",", conditions[p.Id].Select(c => c.Code).Order(StringComparer.Ordinal))}] " +
            $"{string.Join(",", programs[p.Id].Select(e => e.Program))} {seconds[p.Id].Sum(e => e.DurationSeconds)}s/{seconds[p.Id].Count()}").ToList();
    }
}
