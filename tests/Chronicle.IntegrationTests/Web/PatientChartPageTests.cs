namespace Chronicle.IntegrationTests.Web;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Patients;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

public sealed class PatientChartPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_chart_shows_demographics_classified_conditions_visits_and_eligibility(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        await PageHtml.GetAsync(client, "/health");
        Patient harold;
        await using (var db = database.NewContext())
        {
            harold = await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == "RB1001", TestContext.Current.CancellationToken);
        }

        var html = await PageHtml.GetAsync(client, $"/Patients/{harold.Id}");
        var text = PageHtml.Text(html);

        Assert.Contains("<h1>Abernathy, Harold", html, StringComparison.Ordinal);
        Assert.Contains(harold.Mbi!.Value.Display, html, StringComparison.Ordinal);
        Assert.Contains(harold.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.Contains("100 Elm Avenue, Riverbend, IL 62701", html, StringComparison.Ordinal);
        Assert.Contains("217-555-1000", html, StringComparison.Ordinal);
        Assert.Contains("Yes: may not be billed coinsurance", html, StringComparison.Ordinal);
        Assert.Contains("Yes: Diabetes", html, StringComparison.Ordinal);
        Assert.Contains("Yes: Hypertension", html, StringComparison.Ordinal);
        Assert.Contains("Source: built-in table", html, StringComparison.Ordinal);
        Assert.Contains("E11.9", html, StringComparison.Ordinal);
        Assert.Matches(@"CCM\s+Eligible", text);
        Assert.Matches(@"Enrolled\s+CCM", text);
        Assert.Contains("G0439", html, StringComparison.Ordinal);
        Assert.Contains("(Adaeze Okafor, MD)", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Snomed_conditions_show_their_mapped_claim_code_or_that_they_need_one(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        await PageHtml.GetAsync(client, "/health");
        var patientId = await AddSnomedPatientAsync(database);

        var html = await PageHtml.GetAsync(client, $"/Patients/{patientId}");

        var mapped = ConditionRow(html, "44054006");
        Assert.Contains("SNOMED CT", mapped, StringComparison.Ordinal);
        Assert.Contains("E11.9", mapped, StringComparison.Ordinal);
        Assert.Contains("mapped from SNOMED CT", mapped, StringComparison.Ordinal);
        Assert.Contains("Yes: Diabetes", mapped, StringComparison.Ordinal);

        var unmapped = ConditionRow(html, "195967001");
        Assert.Contains("Needs an ICD-10-CM code before it can be billed", unmapped, StringComparison.Ordinal);
        Assert.Contains("Source: set by the practice", unmapped, StringComparison.Ordinal);

        var resolved = ConditionRow(html, "J06.9");
        Assert.Contains("Resolved (not active today)", resolved, StringComparison.Ordinal);
        Assert.Contains("<span>No</span>", resolved, StringComparison.Ordinal);

        Assert.Contains("<h3 id=\"records-medication\">Medications", html, StringComparison.Ordinal);
        Assert.Contains("Metformin 500 MG Oral Tablet", html, StringComparison.Ordinal);
        Assert.Matches(@"CCM\s+Eligible", PageHtml.Text(html));
    }

    [Theory]
    [InlineData("/Patients/00000000-0000-0000-0000-000000000001")]
    [InlineData("/Patients/not-a-guid")]
    public async Task An_unknown_patient_is_a_404_page(string url)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Patients\">Find a patient</a>", html, StringComparison.Ordinal);
    }

    private static string ConditionRow(string html, string code)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, $"<tr data-code=\"{code}\">(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(match.Success, $"No condition row for {code}.");
        return match.Groups[1].Value;
    }

    /// <summary>A patient coded the way Synthea codes: SNOMED concepts, one mapped and one not, plus a medication.</summary>
    private static async Task<Guid> AddSnomedPatientAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var practice = await db.Practices.SingleAsync(TestContext.Current.CancellationToken);
        var today = new DateOnly(2026, 1, 1);
        var patient = Patient.Create(practice.Id, new PatientDetails(
            "SN-1", "Ada", "Snomed", new DateOnly(1950, 3, 4), Sex.Female, null, Domain.Common.Address.Empty, null, false), today);
        db.Patients.Add(patient);
        var onset = new DateOnly(2015, 1, 1);
        var diabetesIcd = ChronicClassifier.BuiltInOnly.MapToIcd10("44054006");
        db.Conditions.Add(Condition.Create(practice.Id, patient.Id,
            new ConditionDetails("c1", CodeSystem.SnomedCt, "44054006", "Diabetes mellitus type 2", diabetesIcd, onset, null, ClinicalStatus.Active, null),
            ChronicClassifier.BuiltInOnly.Classify(CodeSystem.SnomedCt, "44054006", diabetesIcd)));
        db.Conditions.Add(Condition.Create(practice.Id, patient.Id,
            new ConditionDetails("c2", CodeSystem.SnomedCt, "195967001", "Asthma", null, onset, null, ClinicalStatus.Active, ChronicOverride: true),
            ChronicClassification.Unclassified));
        var acute = Icd10Code.Parse("J06.9");
        db.Conditions.Add(Condition.Create(practice.Id, patient.Id,
            new ConditionDetails("c3", CodeSystem.Icd10Cm, acute.Value, "Acute upper respiratory infection", acute, onset, onset.AddDays(10), ClinicalStatus.Resolved, null),
            ChronicClassification.Unclassified));
        db.ClinicalRecords.Add(ClinicalRecord.Create(practice.Id, patient.Id, new ClinicalRecordDetails(
            ClinicalRecordKind.Medication, "m1", "http://www.nlm.nih.gov/research/umls/rxnorm", "860975", "Metformin 500 MG Oral Tablet", "active", onset, null)));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return patient.Id.Value;
    }
}
