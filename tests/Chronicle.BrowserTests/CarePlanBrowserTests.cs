namespace Chronicle.BrowserTests;

using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.BrowserTests.Infrastructure;
using Microsoft.Playwright;

/// <summary>A care plan built from templates, signed, revised and compared, as the care manager and the practitioner do it.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class CarePlanBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_plan_for_diabetes_and_hypertension_is_built_from_templates_signed_revised_and_diffed()
    {
        await using var nurseContext = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager);
        var nurse = await nurseContext.NewPageAsync();
        await nurse.GotoAsync("/Patients?q=RB1037");
        await nurse.NavigateByAsync(() => nurse.Locator("tbody a").First.ClickAsync(), PatientUrl());
        await nurse.NavigateByAsync(() => nurse.GetByRole(AriaRole.Link, new() { Name = "Start one from the patient's conditions" }).ClickAsync(), PlanUrl());
        Assert.True(await nurse.GetByLabel(new Regex("E11\\.9")).IsCheckedAsync());
        Assert.True(await nurse.GetByLabel(new Regex("I10")).IsCheckedAsync());
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Start the plan from these conditions" }).ClickAsync();
        await nurse.Locator("ul.missing").WaitForAsync();
        var missing = await nurse.Locator("ul.missing").TextContentAsync();
        Assert.Contains("Medication management", missing, StringComparison.Ordinal);
        Assert.Contains("HbA1c: below 7.5 %", await nurse.Locator("#goals").TextContentAsync(), StringComparison.Ordinal);

        await nurse.NavigateByAsync(() => nurse.GetByRole(AriaRole.Link, new() { Name = "Edit the plan" }).ClickAsync(), new Regex("/CarePlan/Edit$"));
        await nurse.GetByLabel("The patient takes no regular medicines").CheckAsync();
        await nurse.GetByLabel("Reconciliation 1 date").FillAsync("2026-11-02");
        await nurse.GetByLabel("Reconciliation 1 by").FillAsync("Rosa Castillo, RN");
        await nurse.GetByLabel("Reconciliation 1 what changed").FillAsync("Checked with the pharmacy: no medicines on file");
        await nurse.GetByLabel("Note (for example, why none is needed)").FillAsync("None needed: lives with her son.");
        await nurse.NavigateByAsync(() => nurse.GetByRole(AriaRole.Button, new() { Name = "Save as new version" }).ClickAsync(), new Regex("/CarePlan/Versions/2$"));

        await using var doctorContext = await fixture.NewSignedInContextAsync(DemoSignIns.BillingPractitioner);
        var doctor = await doctorContext.NewPageAsync();
        var planUrl = nurse.Url.Replace("/Versions/2", string.Empty, StringComparison.Ordinal);
        await doctor.GotoAsync(planUrl);
        Assert.Contains("All nine required elements are present.", await doctor.ContentAsync(), StringComparison.Ordinal);
        await doctor.GetByRole(AriaRole.Button, new() { Name = "Sign version 2" }).ClickAsync();
        await doctor.GetByText("Version 2 is signed and active.").WaitForAsync();

        await nurse.GotoAsync(planUrl + "/Edit");
        await nurse.Locator("input[name='Form.Goals[0].TargetValue']").FillAsync("below 7.0");
        await nurse.GetByLabel("What changed (for the version history)").FillAsync("Tighter A1c target");
        await nurse.NavigateByAsync(() => nurse.GetByRole(AriaRole.Button, new() { Name = "Save as new version" }).ClickAsync(), new Regex("/CarePlan/Versions/3$"));
        var changes = await nurse.Locator("section.diff").TextContentAsync();
        Assert.Contains("Measurable goals", changes, StringComparison.Ordinal);
        Assert.Contains("below 7.5", changes, StringComparison.Ordinal);
        Assert.Contains("below 7.0", changes, StringComparison.Ordinal);

        await nurse.GotoAsync(planUrl);
        Assert.Contains("Active: version 2", await nurse.Locator("#status-h + dl").TextContentAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/Patients/[0-9a-f-]{36}$")]
    private static partial Regex PatientUrl();

    [GeneratedRegex(@"/Patients/[0-9a-f-]{36}/CarePlan$")]
    private static partial Regex PlanUrl();
}
