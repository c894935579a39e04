namespace Chronicle.IntegrationTests.Fhir.Api;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

/// <summary>Bearer tokens on /fhir: scoped by PatientAccess, read-only unless issued for writing, revocable, every use audited.</summary>
public sealed class FhirTokenTests
{
    private const string Transaction = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[]}";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_for_one_patient_reads_only_that_patient_cannot_write_and_stops_when_revoked(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = FhirHttp.TokenClient(app);
        var (id, token) = await FhirHttp.IssueTokenAsync(app, database, "--name", "Lakeview Cardiology", "--patient", DemoSignIns.SharedWithProviderMrn, "--write");
        var shared = await PatientIdAsync(database, DemoSignIns.SharedWithProviderMrn);
        var other = await PatientIdAsync(database, DemoSignIns.PatientMrn);

        var patients = await FhirHttp.SearchAsync(client, "/fhir/Patient", token);
        var conditions = await FhirHttp.SearchAllAsync(client, "/fhir/Condition?_count=100", token);
        var sharedRead = await FhirHttp.GetAsync(client, $"/fhir/Patient/{shared}", token);
        var otherRead = await FhirHttp.GetAsync(client, $"/fhir/Patient/{other}", token);
        var otherEverything = await FhirHttp.GetAsync(client, $"/fhir/Patient/{other}/$everything", token);
        var otherConditions = await FhirHttp.SearchAsync(client, $"/fhir/Condition?patient={other}", token);
        var write = await FhirHttp.SendAsync(client, HttpMethod.Post, "/fhir", token, Transaction);
        var (sharedPlan, otherPlan) = await PlanIdsAsync(database, shared, other);
        var sharedPlanRead = await FhirHttp.GetAsync(client, $"/fhir/CarePlan/{sharedPlan}", token);
        var otherPlanRead = await FhirHttp.GetAsync(client, $"/fhir/CarePlan/{otherPlan}", token);
        var otherTeamRead = await FhirHttp.GetAsync(client, $"/fhir/CareTeam/{otherPlan}", token);
        var plans = await FhirHttp.SearchAllAsync(client, "/fhir/CarePlan?_count=100", token);
        var otherPlans = await FhirHttp.SearchAsync(client, $"/fhir/CarePlan?patient={other}", token);
        var goals = await FhirHttp.SearchAllAsync(client, "/fhir/Goal?_count=100", token);

        Assert.Equal(HttpStatusCode.OK, sharedPlanRead.Status);
        FhirErrorTests.AssertOutcome(otherPlanRead, HttpStatusCode.NotFound, "FHIR-RESOURCE-UNKNOWN");
        FhirErrorTests.AssertOutcome(otherTeamRead, HttpStatusCode.NotFound, "FHIR-RESOURCE-UNKNOWN");
        Assert.Equal(sharedPlan.ToString(), Assert.Single(plans).Id);
        Assert.Equal(0, otherPlans.Total);
        Assert.NotEmpty(goals);
        Assert.All(goals.Cast<Goal>(), g => Assert.Equal($"Patient/{shared}", g.Subject!.Reference));
        Assert.Equal(shared.ToString(), Assert.Single(patients.Entry).Resource!.Id);
        Assert.All(conditions.Cast<Condition>(), c => Assert.Equal($"Patient/{shared}", c.Subject!.Reference));
        Assert.Equal(HttpStatusCode.OK, sharedRead.Status);
        FhirErrorTests.AssertOutcome(otherRead, HttpStatusCode.NotFound, "FHIR-RESOURCE-UNKNOWN");
        FhirErrorTests.AssertOutcome(otherEverything, HttpStatusCode.NotFound, "FHIR-RESOURCE-UNKNOWN");
        Assert.Equal(0, otherConditions.Total);
        FhirErrorTests.AssertOutcome(write, HttpStatusCode.Forbidden, "FHIR-WRITE-DENIED");

        var revoked = await CliRunner.RunAsync(database, "tokens", "revoke", id.ToString());
        Assert.True(revoked.ExitCode == 0, revoked.ToString());
        FhirErrorTests.AssertOutcome(await FhirHttp.GetAsync(client, $"/fhir/Patient/{shared}", token), HttpStatusCode.Unauthorized, "AUTHENTICATION-REQUIRED");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_read_only_practice_token_reads_everything_but_cannot_post_and_its_reads_are_audited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = FhirHttp.TokenClient(app);
        var (id, token) = await FhirHttp.IssueTokenAsync(app, database, "--name", "Riverbend EHR");
        var patient = await PatientIdAsync(database, DemoSignIns.PatientMrn);

        var patients = await FhirHttp.SearchAsync(client, "/fhir/Patient?_count=5", token);
        var read = await FhirHttp.GetAsync(client, $"/fhir/Patient/{patient}", token);
        var staff = await FhirHttp.SearchAsync(client, "/fhir/Practitioner", token);
        var write = await FhirHttp.SendAsync(client, HttpMethod.Post, "/fhir", token, Transaction);

        Assert.Equal(48, patients.Total);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(8, staff.Total);
        FhirErrorTests.AssertOutcome(write, HttpStatusCode.Forbidden, "TOKEN-READ-ONLY");

        await using var db = database.NewContext();
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.ActorId == id.ToString()).ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(events, e => Assert.Equal(("read", "fhir", "practice-system"), (e.Action, e.Surface, e.Role)));
        Assert.Equal(5, events.Count(e => e.What.StartsWith("fhir Patient search", StringComparison.Ordinal)));
        Assert.Equal(patient, Assert.Single(events, e => e.What.StartsWith("fhir Patient read", StringComparison.Ordinal)).PatientId!.Value.Value);
        Assert.Single(events, e => e.What == "fhir Practitioner search: 8 resource(s)" && e.PatientId is null);
    }

    private static async Task<(Guid Shared, Guid Other)> PlanIdsAsync(TestDatabase database, Guid shared, Guid other)
    {
        await using var db = database.NewContext();
        var plans = await db.CarePlans.AsNoTracking().Select(p => new { Patient = p.PatientId.Value, Plan = p.Id.Value }).ToListAsync(TestContext.Current.CancellationToken);
        return (plans.Single(p => p.Patient == shared).Plan, plans.Single(p => p.Patient == other).Plan);
    }

    private static async Task<Guid> PatientIdAsync(TestDatabase database, string mrn)
    {
        await using var db = database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, TestContext.Current.CancellationToken)).Id.Value;
    }
}
