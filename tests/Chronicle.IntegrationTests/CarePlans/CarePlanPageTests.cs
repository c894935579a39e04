namespace Chronicle.IntegrationTests.CarePlans;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

/// <summary>The care-plan pages without JavaScript: start, save a draft, autosave, and markup shown as text everywhere.</summary>
public sealed class CarePlanPageTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_plan_started_on_the_page_shows_markup_typed_into_any_field_as_text(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);
        await PageHtml.GetAsync(nurse, "/health");
        var harold = await PatientAsync(database, "RB1037");
        var page = $"/Patients/{harold}/CarePlan";
        var conditions = await ConditionsAsync(database, harold);

        using var started = await nurse.PostFormAsync(page, $"{page}?handler=Start", [.. conditions.Select(c => ("conditions", c.ToString()))]);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var plan = JsonNode.Parse(await nurse.GetStringAsync(new Uri($"/api/v1/patients/{harold}/careplan", UriKind.Relative), Token))!["plan"]!["content"]!.AsObject();
        plan["prognosis"] = Script;
        plan["goals"]![0]!["description"] = "Goal " + Script;
        plan["careTeam"]![0]!["name"] = "Name " + Script;
        plan["symptoms"]![0]!["whatToDo"] = Script;
        using var revised = await nurse.PostAsync(new Uri($"/api/v1/patients/{harold}/careplan/versions", UriKind.Relative),
            new StringContent(new JsonObject { ["basedOn"] = 1, ["plan"] = plan.DeepClone(), ["note"] = Script }.ToJsonString(), Encoding.UTF8, "application/json"), Token);
        Assert.Equal(HttpStatusCode.Created, revised.StatusCode);

        foreach (var url in new[] { page, $"{page}/Versions/2", $"{page}/Edit", $"/Patients/{harold}" })
        {
            var html = await PageHtml.GetAsync(nurse, url);
            Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
            if (url != $"/Patients/{harold}")
            {
                Assert.Contains(Escaped, html, StringComparison.Ordinal);
            }
        }

        var summary = await PageHtml.GetAsync(nurse, $"/Patients/{harold}");
        Assert.Contains("Draft: not signed yet", summary, StringComparison.Ordinal);
        Assert.Contains("Never shared", summary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Save_draft_and_autosave_keep_the_working_copy_without_writing_a_version(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);
        await PageHtml.GetAsync(nurse, "/health");
        var harold = await PatientAsync(database, "RB1037");
        var page = $"/Patients/{harold}/CarePlan";
        using (await nurse.PostFormAsync(page, $"{page}?handler=Start", [.. (await ConditionsAsync(database, harold)).Select(c => ("conditions", c.ToString()))]))
        {
        }

        using var saved = await nurse.PostFormAsync($"{page}/Edit", $"{page}/Edit?handler=Save",
            ("Form.BasedOn", "1"), ("Form.Problems[0].Description", "Type 2 diabetes"), ("Form.Prognosis", "Saved by the button"));
        var savedHtml = await saved.Content.ReadAsStringAsync(Token);
        using var autosaved = await nurse.PostFormAsync($"{page}/Edit", $"{page}/Edit?handler=Autosave",
            ("Form.BasedOn", "1"), ("Form.Problems[0].Description", "Type 2 diabetes"), ("Form.Prognosis", "Saved by the script"));
        var editor = await PageHtml.GetAsync(nurse, $"{page}/Edit");
        var view = await PageHtml.GetAsync(nurse, page);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Draft saved at", savedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, autosaved.StatusCode);
        Assert.Contains("\"saved\"", await autosaved.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Contains("Saved by the script", editor, StringComparison.Ordinal);
        Assert.Contains("Restored the draft saved by Rosa Castillo, RN", editor, StringComparison.Ordinal);
        Assert.Contains("Unsaved draft", view, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.CarePlanVersions.CountAsync(v => v.PatientId == new Domain.Common.PatientId(harold), Token));
    }

    private static async Task<Guid> PatientAsync(TestDatabase database, string mrn)
    {
        await using var db = database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, Token)).Id.Value;
    }

    private static async Task<List<Guid>> ConditionsAsync(TestDatabase database, Guid patient)
    {
        await using var db = database.NewContext();
        var id = new Domain.Common.PatientId(patient);
        return await db.Conditions.AsNoTracking().Where(c => c.PatientId == id).OrderBy(c => c.Code).Select(c => c.Id.Value).ToListAsync(Token);
    }
}
