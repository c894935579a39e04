namespace Chronicle.IntegrationTests.Api;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Chronicle.Application.Demo;
using Chronicle.Domain.Practices;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>/api/v1 enrollment, consent and visits on a fresh demo app: the wizard's steps as JSON, and errors as ProblemDetails.</summary>
public sealed class EnrollmentApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_care_manager_records_a_visit_enrolls_and_captures_consent_through_the_api(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var (patient, practitioner, npi, nurse) = await IdsAsync(app, database, "RB1030");
        var today = DateOnly.FromDateTime(TestClock.Now.UtcDateTime);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% signed\n%%EOF\n");

        using var visit = await client.PostAsJsonAsync($"/api/v1/patients/{patient}/visits", new { date = today.AddDays(-3), code = "99214", npi }, Ct);
        using var enroll = await client.PostAsJsonAsync(
            $"/api/v1/patients/{patient}/enrollments/enroll", new { program = "ccm", practitionerId = practitioner, start = today.AddDays(-3), careManagerId = nurse }, Ct);
        using var consent = await client.PostAsJsonAsync($"/api/v1/patients/{patient}/consents", new
        {
            program = "ccm", practitionerId = practitioner, method = "written", decision = "accepted",
            disclosures = new[] { "availability", "cost-sharing", "one-practitioner", "right-to-stop" }, date = today.AddDays(-3),
            document = new { contentBase64 = Convert.ToBase64String(pdf), mediaType = "application/pdf" },
        }, Ct);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created), (visit.StatusCode, enroll.StatusCode, consent.StatusCode));

        using var status = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/patients/{patient}/enrollment", UriKind.Relative), Ct));
        var gate = status.RootElement.GetProperty("gates")[0];
        Assert.True(gate.GetProperty("isBillable").GetBoolean(), gate.GetRawText());
        var hash = status.RootElement.GetProperty("consents")[0].GetProperty("documentHash").GetString();
        var document = await client.GetByteArrayAsync(new Uri($"/api/v1/patients/{patient}/consents/documents/{hash}", UriKind.Relative), Ct);
        Assert.Equal(pdf, document);

        using var overlap = await client.PostAsJsonAsync(
            $"/api/v1/patients/{patient}/enrollments/enroll", new { program = "ccm", practitionerId = practitioner, start = today }, Ct);
        var problem = await ProblemAsync(overlap);
        Assert.Equal(HttpStatusCode.Conflict, overlap.StatusCode);
        Assert.Equal("ENROLL-DUPLICATE", problem.GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_values_are_400s_naming_the_property_and_refusals_keep_their_codes(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var (patient, practitioner, _, nurse) = await IdsAsync(app, database, "RB1031");

        using var badProgram = await client.PostAsJsonAsync($"/api/v1/patients/{patient}/enrollments", new { program = "xcm", practitionerId = practitioner }, Ct);
        using var nurseBills = await client.PostAsJsonAsync($"/api/v1/patients/{patient}/enrollments", new { program = "ccm", practitionerId = nurse }, Ct);
        using var badList = await client.GetAsync(new Uri("/api/v1/enrollments?status=happy", UriKind.Relative), Ct);
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/enrollments?status=declined", UriKind.Relative), Ct));

        Assert.Equal(HttpStatusCode.BadRequest, badProgram.StatusCode);
        Assert.StartsWith("program:", (await ProblemAsync(badProgram)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nurseBills.StatusCode);
        Assert.Equal("STAFF-NOT-PRACTITIONER", (await ProblemAsync(nurseBills)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badList.StatusCode);
        Assert.Equal("RB1017", Assert.Single(list.RootElement.GetProperty("rows").EnumerateArray()).GetProperty("mrn").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_openapi_document_describes_the_enrollment_endpoints(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = app.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct));

        var paths = json.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/enrollments", "/api/v1/patients/{patientId}/enrollment", "/api/v1/patients/{patientId}/consents", "/api/v1/patients/{patientId}/visits", "/api/v1/patients/{patientId}/enrollments/{enrollmentId}/transfer" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }

    private static async Task<(Guid Patient, Guid Practitioner, string Npi, Guid Nurse)> IdsAsync(ChronicleAppFactory app, TestDatabase database, string mrn)
    {
        app.CreateClient().Dispose();
        await using var db = database.NewContext();
        var patient = await db.Patients.SingleAsync(p => p.Mrn == mrn, Ct);
        var practitioner = await db.StaffMembers.FirstAsync(s => s.Role == StaffRole.BillingPractitioner, Ct);
        var nurse = await db.StaffMembers.FirstAsync(s => s.ExternalId == "rn-castillo", Ct);
        return (patient.Id.Value, practitioner.Id.Value, practitioner.Npi!.Value.Value, nurse.Id.Value);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.Clone();
    }
}
