namespace Chronicle.IntegrationTests.Claims;

using Chronicle.Application.Demo;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Interop.X12;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Issue 17 item 5: the demo rural health clinic, seeded by 'chronicle demo seed --practice rhc'
/// and on the web app's first run beside the office, with last month closed, approved and exported
/// as an 837I (type of bill 0711, revenue code 0521, 99490/99439) to its Part A MAC; its staff sign in.
/// </summary>
public sealed class RhcDemoTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demo_seed_practice_rhc_seeds_the_clinic_with_last_month_exported_as_an_837I_once(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var seeded = await CliRunner.RunAsync(database, "demo", "seed", "--practice", "rhc");
        var again = await CliRunner.RunAsync(database, "demo", "seed", "--practice", "rhc");

        Assert.True(seeded.ExitCode == 0, seeded.ToString());
        Assert.Contains($"Seeded {RhcDemoPractice.Name} (group NPI {RhcDemoPractice.GroupNpi})", seeded.Output, StringComparison.Ordinal);
        Assert.Contains("The demo rural health clinic is already there; nothing was changed.", again.Output, StringComparison.Ordinal);
        var text = await AssertOneInstitutionalFileAsync(database);
        var path = Path.Combine(Path.GetTempPath(), $"rhc-demo-{Guid.NewGuid():N}.x12");
        try
        {
            await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
            await NodeX12Check.AssertReadsAsync(path, claims: Claim837IReader.Read(text).Contents.Claims.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_web_apps_first_run_seeds_the_office_and_the_clinic_whose_staff_sign_in(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database, settings: new Dictionary<string, string?> { ["Demo:SeedRuralHealthClinic"] = "true" });
        using var nurse = await app.SignedInClientAsync(RhcDemoPractice.CareManager);
        using var office = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var clinicPatients = await PageHtml.GetAsync(nurse, "/Patients");
        var officePatients = await PageHtml.GetAsync(office, "/Patients");

        Assert.Contains($"of {RhcDemoPractice.PatientCount} patients", clinicPatients, StringComparison.Ordinal);
        Assert.Contains($"of {SeedDemoPractice.PatientCount} patients", officePatients, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(2, await db.Practices.CountAsync(TestContext.Current.CancellationToken));
        await AssertOneInstitutionalFileAsync(database);
    }

    /// <summary>The clinic's one stored claim file: an 837I to its Part A MAC that the strict reader accepts, its claims exported.</summary>
    private static async Task<string> AssertOneInstitutionalFileAsync(TestDatabase database)
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        var clinic = await db.Practices.SingleAsync(p => p.GroupNpi == RhcDemoPractice.GroupNpi, token);
        var file = Assert.Single(await db.ClaimFiles.Where(f => f.PracticeId == clinic.Id).ToListAsync(token));
        var exported = await db.BillingClaims.CountAsync(c => c.PracticeId == clinic.Id && c.Status == ClaimStatus.Exported, token);
        var read = Claim837IReader.Read(file.Content);

        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        Assert.Equal(RhcDemoPractice.PartAPayerCode, file.ReceiverId);
        Assert.Equal(exported, read.Contents.Claims.Count);
        Assert.NotEmpty(read.Contents.Claims);
        Assert.All(read.Contents.Claims, c => Assert.Equal(("0711", RhcDemoPractice.FacilityNpi.Value, RhcDemoPractice.PartAPayerCode), (c.TypeOfBill, c.BillingProviderNpi, c.PayerId)));
        var lines = read.Contents.Claims.SelectMany(c => c.Lines).ToList();
        Assert.All(lines, l => Assert.Equal("0521", l.RevenueCode));
        Assert.Contains(lines, l => l.Code == "99490");
        Assert.Contains(lines, l => l.Code == "99439");
        return file.Content!;
    }
}
