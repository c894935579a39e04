namespace Chronicle.BrowserTests;

using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.BrowserTests.Infrastructure;
using Microsoft.Playwright;

/// <summary>The portal from the outside: a caregiver invited by the practice.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class PortalBrowserTests(BrowserFixture fixture)
{
    private const string Mrn = "RB1006";

    [Fact]
    public async Task A_caregiver_accepts_an_invitation_signs_in_and_sees_exactly_one_patients_record_and_care_plan()
    {
        await using var staffContext = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager);
        var staff = await staffContext.NewPageAsync();
        var chart = await PatientAddressAsync(staff, Mrn);
        var otherChart = await PatientAddressAsync(staff, DemoSignIns.PatientMrn);
        await staff.GotoAsync(chart);
        await staff.NavigateByAsync(() => staff.GetByRole(AriaRole.Link, new() { Name = "Portal access: patient, caregivers, invitations" }).ClickAsync(), AccessUrl());
        var caregiverForm = staff.Locator("section", new() { Has = staff.GetByRole(AriaRole.Heading, new() { Name = "Invite a caregiver the patient names" }) });
        await caregiverForm.GetByLabel("Caregiver's name").FillAsync("Joan Whitfield");
        await caregiverForm.GetByLabel("Relationship to the patient (optional)").FillAsync("sister");
        await caregiverForm.GetByLabel("Caregiver's e-mail address").FillAsync("joan.whitfield@mail.example");
        await caregiverForm.GetByRole(AriaRole.Button, new() { Name = "Create the invitation" }).ClickAsync();
        var link = (await staff.Locator("#invitation-link").TextContentAsync())!.Trim();

        await using var caregiverContext = await fixture.NewContextAsync();
        var caregiver = await caregiverContext.NewPageAsync();
        await caregiver.GotoAsync(link);
        Assert.Contains("as their caregiver", await caregiver.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        await caregiver.GetByLabel("Choose a password (at least 12 characters)").FillAsync("Sister-visits-2026");
        await caregiver.GetByLabel("The same password again").FillAsync("Sister-visits-2026");
        await caregiver.NavigateByAsync(() => caregiver.GetByRole(AriaRole.Button, new() { Name = "Accept and sign in" }).ClickAsync(), MyRecordUrl());

        var main = await caregiver.Locator("main").TextContentAsync();
        Assert.Equal("Records shared with you", await caregiver.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Contains(Mrn, main, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoSignIns.PatientMrn, main, StringComparison.Ordinal);
        var refused = await caregiver.GotoAsync(otherChart.Replace("/Patients/", "/MyRecord/", StringComparison.Ordinal));
        Assert.Equal(404, refused!.Status);

        await caregiver.GoBackAsync();
        await caregiver.NavigateByAsync(() => caregiver.GetByRole(AriaRole.Link, new() { Name = "Care plan, goals and care team" }).ClickAsync(), CarePlanUrl());
        var plan = await caregiver.Locator("main").TextContentAsync();
        Assert.StartsWith("Care plan for ", await caregiver.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await caregiver.GetByRole(AriaRole.Heading, new() { Name = "Your goals and how you are doing" }).IsVisibleAsync());
        Assert.True(await caregiver.Locator("article.goal").CountAsync() > 0);
        Assert.True(await caregiver.GetByRole(AriaRole.Heading, new() { Name = "Your care team" }).IsVisibleAsync());
        Assert.True(await caregiver.GetByRole(AriaRole.Link, new() { Name = "Download the care plan (PDF)" }).IsVisibleAsync());
        Assert.DoesNotContain(DemoSignIns.PatientMrn, plan, StringComparison.Ordinal);
        var otherPlan = await caregiver.GotoAsync(otherChart.Replace("/Patients/", "/MyRecord/CarePlan/", StringComparison.Ordinal));
        Assert.Equal(404, otherPlan!.Status);
        var otherPdf = await caregiver.APIRequest.GetAsync(otherChart.Replace("/Patients/", "/MyRecord/CarePlan/", StringComparison.Ordinal) + "?handler=Pdf");
        Assert.Equal(404, otherPdf.Status);
        var staffPage = await caregiver.GotoAsync(chart);
        Assert.Equal(403, staffPage!.Status);

        var reuse = await (await caregiverContext.NewPageAsync()).GotoAsync(link);
        Assert.Contains("cannot be used", await reuse!.TextAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> PatientAddressAsync(IPage page, string mrn)
    {
        await page.GotoAsync($"/Patients?q={mrn}");
        return (await page.Locator($"tr[data-mrn='{mrn}'] a").GetAttributeAsync("href"))!;
    }

    [GeneratedRegex("/Patients/[0-9a-f-]{36}/Access$")]
    private static partial Regex AccessUrl();

    [GeneratedRegex("/MyRecord/CarePlan/[0-9a-f-]{36}$")]
    private static partial Regex CarePlanUrl();

    [GeneratedRegex("/MyRecord$")]
    private static partial Regex MyRecordUrl();
}
