namespace Chronicle.IntegrationTests.CarePlans;

using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;

/// <summary>/api/v1/patients/{id}/careplan: the whole life of a plan over JSON, on both databases.</summary>
public sealed class CarePlanApiTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_plan_is_started_revised_signed_shared_reviewed_and_read_back_over_the_api(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);
        using var doctor = await app.SignedInClientAsync(DemoSignIns.BillingPractitioner);
        using var biller = await app.SignedInClientAsync(DemoSignIns.Biller);
        await PageHtml.GetAsync(nurse, "/health");
        var harold = await new PlanIds(database).PatientAsync("RB1037");
        var root = $"/api/v1/patients/{harold}/careplan";

        var before = await JsonAsync(nurse, HttpMethod.Get, root, null, HttpStatusCode.OK);
        var conditions = before["conditions"]!.AsArray().Select(c => c!["conditionId"]!.GetValue<Guid>()).ToArray();
        await JsonAsync(nurse, HttpMethod.Post, root, new { conditionIds = conditions }, HttpStatusCode.Created);
        var again = await JsonAsync(nurse, HttpMethod.Post, root, new { conditionIds = conditions }, HttpStatusCode.Conflict);
        var draft = await JsonAsync(nurse, HttpMethod.Get, root, null, HttpStatusCode.OK);
        var plan = draft["plan"]!["content"]!.AsObject();
        plan["reconciliations"] = new JsonArray(new JsonObject { ["date"] = "2026-01-01", ["by"] = "Rosa Castillo, RN", ["changes"] = "No changes" });
        plan["takesNoMedications"] = true;
        plan["communityServicesNote"] = "<b>None</b> needed";
        var v2 = await JsonAsync(nurse, HttpMethod.Post, $"{root}/versions", new JsonObject { ["basedOn"] = 1, ["plan"] = plan.DeepClone(), ["note"] = "completed" }, HttpStatusCode.Created);
        var stale = await JsonAsync(nurse, HttpMethod.Post, $"{root}/versions", new JsonObject { ["basedOn"] = 1, ["plan"] = plan.DeepClone() }, HttpStatusCode.Conflict);
        var notPractitioner = await JsonAsync(nurse, HttpMethod.Post, $"{root}/versions/2/signature", null, HttpStatusCode.Forbidden);
        await JsonAsync(doctor, HttpMethod.Post, $"{root}/versions/2/signature", null, HttpStatusCode.OK);
        await JsonAsync(nurse, HttpMethod.Post, $"{root}/copies", new { recipient = "Harold Abernathy", recipientKind = "patient", method = "paper" }, HttpStatusCode.OK);
        await JsonAsync(nurse, HttpMethod.Post, $"{root}/reviews", new { note = "No changes" }, HttpStatusCode.OK);
        var refused = await JsonAsync(biller, HttpMethod.Post, $"{root}/reviews", new { note = "x" }, HttpStatusCode.Forbidden);
        var badBody = await JsonAsync(nurse, HttpMethod.Post, $"{root}/copies", new { recipient = "x", method = "carrier-pigeon" }, HttpStatusCode.BadRequest);
        var after = await JsonAsync(biller, HttpMethod.Get, root, null, HttpStatusCode.OK);
        var diff = await JsonAsync(nurse, HttpMethod.Get, $"{root}/versions/2", null, HttpStatusCode.OK);
        using var pdf = await nurse.GetAsync(new Uri($"{root}/pdf", UriKind.Relative), Token);

        Assert.Equal(2, v2["version"]!.GetValue<int>());
        Assert.Equal("CAREPLAN-EXISTS", again["code"]!.GetValue<string>());
        Assert.Equal("CAREPLAN-CONFLICT", stale["code"]!.GetValue<string>());
        Assert.Equal("ACCESS-DENIED", notPractitioner["code"]!.GetValue<string>());
        Assert.Equal("ACCESS-DENIED", refused["code"]!.GetValue<string>());
        Assert.Contains("method", badBody["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(("active", 2), (after["plan"]!["status"]!.GetValue<string>(), after["plan"]!["activeVersion"]!.GetValue<int>()));
        Assert.Equal("Harold Abernathy", after["plan"]!["copies"]![0]!["recipient"]!.GetValue<string>());
        Assert.Equal("<b>None</b> needed", after["plan"]!["content"]!["communityServicesNote"]!.GetValue<string>());
        Assert.Contains(diff["changesFromPrevious"]!.AsArray(), s => s!["title"]!.GetValue<string>() == "Medication management");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Month_facts_answer_for_billing_and_a_bad_month_names_the_parameter(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var biller = await app.SignedInClientAsync(DemoSignIns.Biller);
        await PageHtml.GetAsync(biller, "/health");
        var harold = await new PlanIds(database).PatientAsync("RB1037");

        var facts = await JsonAsync(biller, HttpMethod.Get, $"/api/v1/patients/{harold}/careplan/months/2026-11", null, HttpStatusCode.OK);
        var bad = await JsonAsync(biller, HttpMethod.Get, $"/api/v1/patients/{harold}/careplan/months/2026-13", null, HttpStatusCode.BadRequest);
        var unknown = await JsonAsync(biller, HttpMethod.Get, $"/api/v1/patients/{Guid.NewGuid()}/careplan", null, HttpStatusCode.NotFound);

        Assert.False(facts["complete"]!.GetValue<bool>());
        Assert.Equal("month", bad["property"]!.GetValue<string>());
        Assert.Equal("PATIENT-UNKNOWN", unknown["code"]!.GetValue<string>());
    }

    private static async Task<JsonNode> JsonAsync(HttpClient client, HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body is JsonNode node ? node.ToJsonString() : JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request, Token);
        var text = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == expected, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private sealed class PlanIds(TestDatabase database)
    {
        public async Task<Guid> PatientAsync(string mrn)
        {
            await using var db = database.NewContext();
            return (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Patients, p => p.Mrn == mrn, Token)).Id.Value;
        }
    }
}
