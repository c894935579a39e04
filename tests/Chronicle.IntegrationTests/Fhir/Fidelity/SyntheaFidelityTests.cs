namespace Chronicle.IntegrationTests.Fhir.Fidelity;

using System.Globalization;
using System.Net;
using System.Text.Json;
using Chronicle.IntegrationTests.Fhir.Api;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

/// <summary>
/// Synthea bundles imported into a practice in Los Angeles and served back by <c>$everything</c>:
/// every condition and encounter keeps its dates and times as written (a UTC instant early in the
/// morning is the day before in Los Angeles, and must not come back as that day), its codings,
/// categories, verification status, encounter, identifiers; patients keep race, ethnicity, birth
/// sex, language, name prefix and suffix and marital status; observations, immunizations,
/// prescriptions and allergies keep their codes, values, units and date-times; every served resource validates
/// against base R4. The committed subset always, the full set with CHRONICLE_FULL_DATA.
/// </summary>
public sealed class SyntheaFidelityTests
{
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    public static TheoryData<string, DataSet> ProvidersAndSets => new()
    {
        { "sqlite", DataSet.Subset },
        { "postgres", DataSet.Subset },
        { "sqlite", DataSet.Full },
        { "postgres", DataSet.Full },
    };

    [Theory]
    [MemberData(nameof(ProvidersAndSets))]
    public async Task Synthea_records_come_back_from_everything_as_the_source_wrote_them(string provider, DataSet set)
    {
        var folder = TestEnvironment.DataFile(set, "synthea/fhir");
        var expected = SourceRecord.ReadFolder(folder);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database, seedDemo: false);
        app.CreateClient().Dispose();
        await FhirImportHelpers.CreatePracticeAsync(database, "America/Los_Angeles");
        var (run, summary) = await FhirImportHelpers.ImportJsonAsync(database, folder);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(summary.Issues);
        using var client = FhirHttp.TokenClient(app);
        var (_, token) = await FhirHttp.IssueTokenAsync(app, database, "--name", "Population health");

        var invalid = new List<string>();
        foreach (var source in expected)
        {
            var found = await FhirHttp.SearchAsync(client, $"/fhir/Patient?identifier={source.Mrn}", token);
            var answer = await FhirHttp.GetAsync(client, $"/fhir/Patient/{found.Entry.Single().Resource!.Id}/$everything", token);
            Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
            using var json = JsonDocument.Parse(answer.Body);
            var served = SourceRecord.Of([.. json.RootElement.GetProperty("entry").EnumerateArray()
                .Select(e => ((string?)null, e.GetProperty("resource").Clone()))]);

            Assert.Equal(source.Patient, served.Patient);
            Assert.Equal(source.Encounters, served.Encounters);
            Assert.Equal(source.Conditions, served.Conditions);
            Assert.Equal(source.Clinical, served.Clinical);
            invalid.AddRange(Assert.IsType<Bundle>(answer.Resource).Entry.SelectMany(e => FhirValidation.Errors(e.Resource!)));
        }

        Assert.Empty(invalid);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_visits_date_of_service_is_its_instants_date_in_the_practices_zone(string provider)
    {
        var folder = TestEnvironment.SubsetFile("synthea/fhir");
        await using var database = await TestDatabase.CreateAsync(provider);
        await FhirImportHelpers.CreatePracticeAsync(database, "America/Los_Angeles");
        var (run, _) = await FhirImportHelpers.ImportJsonAsync(database, folder);
        Assert.True(run.ExitCode == 0, run.ToString());

        await using var db = database.NewContext();
        var visits = await db.Visits.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        Assert.NotEmpty(visits);
        Assert.All(visits, v =>
        {
            var instant = DateTimeOffset.Parse(v.StartedAt!.Text, CultureInfo.InvariantCulture);
            Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, LosAngeles).DateTime), v.Date);
        });
    }
}
