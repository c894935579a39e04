namespace Chronicle.IntegrationTests.Fhir.Api;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

/// <summary>The CCM record over /fhir: consent, enrollment, care plan, goals, team, minutes and the month's billing, as the demo practice holds them.</summary>
public sealed class FhirCcmRecordTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Procedures_are_the_time_entries_in_force_with_a_correction_in_place_of_its_entry_and_no_void(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        var patient = await PatientIdAsync(app, database, DemoSignIns.PatientMrn);
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var before = await FhirHttp.SearchAllAsync(nurse, $"/fhir/Procedure?patient={patient}&_count=100");
        var url = $"/api/v1/patients/{patient}/time";
        var entry = new { program = "ccm", activity = "care-coordination", start = "2026-09-10T09:00", durationSeconds = 900, note = "Spoke to cardiology", reason = "Backfill" };

        var first = await PostAsync(nurse, url, entry);
        var second = await PostAsync(nurse, url, entry with { start = "2026-09-11T09:00" });
        var corrected = await PostAsync(nurse, $"/api/v1/time/{first}/correction", entry with { durationSeconds = 1500, reason = "Call ran longer" });
        await PostAsync(nurse, $"/api/v1/time/{second}/void", new { reason = "Wrong patient" });
        var after = await FhirHttp.SearchAllAsync(nurse, $"/fhir/Procedure?patient={patient}&_count=100");
        var onTheDay = await FhirHttp.SearchAsync(nurse, $"/fhir/Procedure?patient={patient}&date=2026-09-10&code=care-coordination");
        var voided = await FhirHttp.GetAsync(nurse, $"/fhir/Procedure/{second}");
        var replaced = await FhirHttp.GetAsync(nurse, $"/fhir/Procedure/{first}");

        Assert.Equal([corrected.ToString()], after.Select(p => p.Id).Except(before.Select(p => p.Id)));
        var procedure = Assert.IsType<Procedure>(Assert.Single(onTheDay.Entry).Resource);
        Assert.Equal(corrected.ToString(), procedure.Id);
        var period = Assert.IsType<Period>(procedure.Performed);
        Assert.Equal(TimeSpan.FromMinutes(25), period.EndElement!.ToDateTimeOffset(TimeSpan.Zero) - period.StartElement!.ToDateTimeOffset(TimeSpan.Zero));
        Assert.Equal(EventStatus.Completed, procedure.Status);
        Assert.Equal("Spoke to cardiology", Assert.Single(procedure.Note).Text);
        Assert.StartsWith("CarePlan/", Assert.Single(procedure.BasedOn).Reference, StringComparison.Ordinal);
        FhirErrorTests.AssertOutcome(voided, HttpStatusCode.NotFound, "FHIR-RESOURCE-UNKNOWN");
        FhirErrorTests.AssertOutcome(replaced, HttpStatusCode.NotFound, "FHIR-RESOURCE-UNKNOWN");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_demo_patients_consent_enrollment_plan_goals_team_and_minutes_are_searched_included_and_in_everything(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        var patient = await PatientIdAsync(app, database, DemoSignIns.PatientMrn);
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var consents = await FhirHttp.SearchAsync(nurse, $"/fhir/Consent?patient={patient}&status=active&category=http://loinc.org|59284-0");
        var rejected = await FhirHttp.SearchAsync(nurse, $"/fhir/Consent?patient={patient}&status=rejected");
        var episodes = await FhirHttp.SearchAsync(nurse, $"/fhir/EpisodeOfCare?patient={patient}&status=active&type=ccm");
        var finished = await FhirHttp.SearchAsync(nurse, $"/fhir/EpisodeOfCare?patient={patient}&status=finished");
        var plans = await FhirHttp.SearchAsync(nurse, $"/fhir/CarePlan?patient={patient}&category=assess-plan&status=active&_include=CarePlan:goal&_include=CarePlan:care-team&_include=CarePlan:condition");
        var drafts = await FhirHttp.SearchAsync(nurse, $"/fhir/CarePlan?patient={patient}&status=draft");
        var goals = await FhirHttp.SearchAsync(nurse, $"/fhir/Goal?patient={patient}&lifecycle-status=active,proposed,completed,on-hold,cancelled");
        var everything = await FhirHttp.SearchAsync(nurse, $"/fhir/Patient/{patient}/$everything");
        var billing = await FhirHttp.SearchAsync(nurse, "/fhir/Claim");

        var consent = Assert.IsType<Consent>(Assert.Single(consents.Entry).Resource);
        Assert.Equal("treatment", consent.Scope!.Coding[0].Code);
        Assert.Equal(Consent.ConsentProvisionType.Permit, consent.Provision!.Type);
        Assert.Equal(consent.DateTime, consent.Provision.Period!.Start);
        Assert.Equal(0, rejected.Total);
        var episode = Assert.IsType<EpisodeOfCare>(Assert.Single(episodes.Entry).Resource);
        Assert.Equal("ccm", episode.Type.Single().Coding[0].Code);
        Assert.Equal(0, finished.Total);
        var plan = Assert.IsType<CarePlan>(plans.Entry.Single(e => e.Search!.Mode == Bundle.SearchEntryMode.Match).Resource);
        Assert.Equal(RequestStatus.Active, plan.Status);
        Assert.Equal("assess-plan", plan.Category.Single().Coding[0].Code);
        Assert.NotEmpty(plan.Goal);
        Assert.NotEmpty(plan.Addresses);
        var included = plans.Entry.Where(e => e.Search!.Mode == Bundle.SearchEntryMode.Include).Select(e => e.Resource!).ToList();
        Assert.Equal(plan.Goal.Select(g => g.Reference).Order(StringComparer.Ordinal), included.OfType<Goal>().Select(g => $"Goal/{g.Id}").Order(StringComparer.Ordinal));
        Assert.Equal($"CareTeam/{Assert.Single(included.OfType<CareTeam>()).Id}", Assert.Single(plan.CareTeam).Reference);
        Assert.Equal(plan.Addresses.Count, included.OfType<Condition>().Count());
        Assert.Equal(0, drafts.Total);
        Assert.Equal(plan.Goal.Count, goals.Total);
        var types = everything.Entry.Select(e => e.Resource!.TypeName).ToHashSet();
        Assert.Superset(new HashSet<string> { "Consent", "EpisodeOfCare", "CarePlan", "Goal", "CareTeam", "Procedure", "Condition", "Practitioner", "Organization" }, types);
        Assert.Equal(0, billing.Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_closed_month_is_served_to_the_biller_as_claims_and_charge_items_over_the_months_procedures(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        var patient = await PatientIdAsync(app, database, DemoSignIns.PatientMrn);
        await FhirValidityTests.CloseFirstDemoMonthAsync(database);
        using var biller = await app.SignedInClientAsync(DemoSignIns.Biller);

        var claims = await FhirHttp.SearchAsync(biller, $"/fhir/Claim?patient={patient}&_include=Claim:care-team");
        var items = await FhirHttp.SearchAsync(biller, $"/fhir/ChargeItem?patient={patient}&code=99490&_include=ChargeItem:service");

        var claim = Assert.IsType<Claim>(claims.Entry.Single(e => e.Search!.Mode == Bundle.SearchEntryMode.Match).Resource);
        Assert.Equal("professional", claim.Type!.Coding[0].Code);
        Assert.NotEmpty(claim.Diagnosis);
        Assert.Contains(claim.Item, i => i.ProductOrService!.Coding[0].Code == "99490");
        Assert.Single(claims.Entry, e => e.Resource is Practitioner);
        var item = Assert.IsType<ChargeItem>(items.Entry.Single(e => e.Search!.Mode == Bundle.SearchEntryMode.Match).Resource);
        Assert.Equal(claim.BillablePeriod!.Start, ((Period)item.Occurrence!).Start);
        var services = items.Entry.Where(e => e.Search!.Mode == Bundle.SearchEntryMode.Include).Select(e => e.Resource).OfType<Procedure>().ToList();
        Assert.Equal(item.Service.Count, services.Count);
        // 25 minutes of calls and the 10 minutes of care-plan work that overlap RB1016's call (the demo's cross-patient overlap).
        Assert.Equal(35, services.Sum(p => Minutes((Period)p.Performed!)));
    }

    internal static async Task<Guid> PatientIdAsync(ChronicleAppFactory app, TestDatabase database, string mrn)
    {
        app.CreateClient().Dispose();
        await using var db = database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, Ct)).Id.Value;
    }

    private static int Minutes(Period period) =>
        (int)(period.EndElement!.ToDateTimeOffset(TimeSpan.Zero) - period.StartElement!.ToDateTimeOffset(TimeSpan.Zero)).TotalMinutes;

    private static async Task<Guid> PostAsync<T>(HttpClient client, string url, T body)
    {
        using var response = await client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }
}
