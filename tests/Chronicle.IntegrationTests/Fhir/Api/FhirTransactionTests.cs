namespace Chronicle.IntegrationTests.Fhir.Api;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

/// <summary>POST /fhir imports a transaction or batch Bundle exactly as 'chronicle import fhir' imports the file.</summary>
public sealed class FhirTransactionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_posted_Synthea_transaction_writes_what_the_CLI_import_writes_and_answers_each_entry(string provider)
    {
        var file = SmallestSyntheaBundle();
        var body = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        await using var posted = await TestDatabase.CreateAsync(provider);
        await using var imported = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(posted);
        await using var cliApp = new ChronicleAppFactory(imported);
        cliApp.CreateClient().Dispose();
        using var client = FhirHttp.TokenClient(app);
        var (_, token) = await FhirHttp.IssueTokenAsync(app, posted, "--name", "Riverbend EHR", "--write");
        var before = await CountsAsync(posted);

        var answer = await FhirHttp.SendAsync(client, HttpMethod.Post, "/fhir", token, body);
        var again = await FhirHttp.SendAsync(client, HttpMethod.Post, "/fhir", token, body);
        var cli = await CliRunner.RunAsync(imported, "import", "fhir", file);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.Equal(await CountsAsync(imported), await CountsAsync(posted));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(await CountsAsync(imported), await CountsAsync(posted));

        var response = Assert.IsType<Bundle>(answer.Resource);
        Assert.Equal(Bundle.BundleType.TransactionResponse, response.Type);
        Assert.Equal(SyntheaEntries(body), response.Entry.Count);
        Assert.All(response.Entry, e => Assert.Equal("200 OK", e.Response!.Status));
        var patientLocation = response.Entry[0].Response!.Location;
        Assert.StartsWith("Patient/", patientLocation, StringComparison.Ordinal);
        var patient = await FhirHttp.GetAsync(client, $"/fhir/{patientLocation}", token);
        Assert.Equal(HttpStatusCode.OK, patient.Status);
        var conditionLocations = response.Entry.Select(e => e.Response!.Location).Where(l => l?.StartsWith("Condition/", StringComparison.Ordinal) == true).ToList();
        Assert.Equal((await CountsAsync(posted)).Conditions - before.Conditions, conditionLocations.Count);
        Assert.True(conditionLocations.Count > 0);

        await using var db = posted.NewContext();
        var imports = await db.AuditEvents.AsNoTracking().Where(e => e.Action == "import").ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(imports, e => Assert.Equal(("fhir", "practice-system"), (e.Surface, e.Role)));
        Assert.NotEmpty(imports);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_transaction_with_one_bad_resource_writes_nothing_and_names_the_entry(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var before = await CountsAsync(database);

        var answer = await FhirHttp.SendAsync(client, HttpMethod.Post, "/fhir", body: await BundleAsync("transaction"));

        FhirErrorTests.AssertOutcome(answer, HttpStatusCode.UnprocessableEntity, "FHIR-TRANSACTION-FAILED");
        Assert.Contains(answer.Outcome.Issue, i => i.Expression.Any(e => e!.StartsWith("Bundle.entry[0]", StringComparison.Ordinal)) && i.Diagnostics!.Contains("2199-01-01", StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_batch_writes_its_good_entries_and_answers_the_bad_one_with_an_outcome(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var before = await CountsAsync(database);

        var answer = await FhirHttp.SendAsync(client, HttpMethod.Post, "/fhir", body: await BundleAsync("batch"));

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        var response = Assert.IsType<Bundle>(answer.Resource);
        Assert.Equal(Bundle.BundleType.BatchResponse, response.Type);
        Assert.Equal(4, response.Entry.Count);
        Assert.Equal("422 Unprocessable Entity", response.Entry[0].Response!.Status);
        Assert.Contains("2199-01-01", response.Entry[0].Response!.Outcome!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Patient/", response.Entry[2].Response!.Location, StringComparison.Ordinal);
        Assert.StartsWith("Condition/", response.Entry[3].Response!.Location, StringComparison.Ordinal);
        var written = await FhirHttp.GetAsync(client, $"/fhir/{response.Entry[3].Response!.Location}");
        Assert.Equal("59621000", Assert.IsType<Condition>(written.Resource).Code!.Coding[0].Code);
        Assert.Equal(before with { Patients = before.Patients + 1, Conditions = before.Conditions + 1 }, await CountsAsync(database));
        Assert.Empty(FhirValidation.Errors(response));
    }

    private static async Task<string> BundleAsync(string type) =>
        (await File.ReadAllTextAsync(FhirImportHelpers.Fixture("future-birth-date.json"), TestContext.Current.CancellationToken))
            .Replace("\"type\": \"collection\"", $"\"type\": \"{type}\"", StringComparison.Ordinal);

    private static string SmallestSyntheaBundle()
    {
        var folder = TestEnvironment.SubsetFile("synthea/fhir");
        return new DirectoryInfo(folder).GetFiles("*.json").OrderBy(f => f.Length).ThenBy(f => f.Name, StringComparer.Ordinal).First().FullName;
    }

    private static int SyntheaEntries(string body)
    {
        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.GetProperty("entry").GetArrayLength();
    }

    private static async Task<RowCounts> CountsAsync(TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        return new RowCounts(
            await db.Patients.CountAsync(ct), await db.Conditions.CountAsync(ct), await db.Visits.CountAsync(ct),
            await db.ClinicalRecords.CountAsync(ct), await db.StaffMembers.CountAsync(ct));
    }

    private sealed record RowCounts(int Patients, int Conditions, int Visits, int Records, int Staff);
}
