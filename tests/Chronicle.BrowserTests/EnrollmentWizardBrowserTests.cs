namespace Chronicle.BrowserTests;

using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.BrowserTests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

/// <summary>The enrollment wizard as a care manager uses it, from the eligibility worklist to an enrolled patient, with axe on every step.</summary>
[Collection(BrowserSuite.Name)]
public sealed class EnrollmentWizardBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_care_manager_enrolls_a_patient_from_the_eligibility_list()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Eligibility?q=RB1040");

        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Enroll RB1040" }).ClickAsync(), new Regex("/Enrollment/Enroll/"));
        await AssertAccessibleAsync(page);
        Assert.Contains("Step 1 of 5: Eligibility", await page.Locator("#step-heading").TextContentAsync(), StringComparison.Ordinal);
        await page.GetByLabel("Billing practitioner").SelectOptionAsync(new SelectOptionValue { Label = "Maja Lindqvist, NP (NPI 1876543210)" });
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Continue to the initiating visit" }).ClickAsync(), new Regex("step=visit"));

        await AssertAccessibleAsync(page);
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Continue to consent" }).ClickAsync(), new Regex("step=consent"));

        await AssertAccessibleAsync(page);
        Assert.Contains("Cost sharing applies", await page.Locator("section.script").TextContentAsync(), StringComparison.Ordinal);
        foreach (var disclosure in new[] { "The service is available to you", "Cost sharing applies", "Only one practitioner can bill for it each month", "You may stop at any time" })
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = disclosure }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Radio, new() { Name = "Accepted" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Verbally" }).CheckAsync();
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Record the consent" }).ClickAsync(), new Regex("step=care-team"));
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Care manager").SelectOptionAsync(new SelectOptionValue { Label = "Rosa Castillo, RN" });
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Enroll", Exact = true }).ClickAsync(), new Regex("step=done"));

        await AssertAccessibleAsync(page);
        Assert.Contains("Jablonski, Lucille is enrolled in CCM with Maja Lindqvist, NP", await page.Locator("#enrolled").TextContentAsync(), StringComparison.Ordinal);
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Open the patient's page" }).ClickAsync(), new Regex("/Patients/"));
        Assert.True(await page.Locator("#enrollment-ok-ccm").IsVisibleAsync());
        await AssertAccessibleAsync(page);
    }

    public static TheoryData<int, int, string> Sizes => new()
    {
        { 1366, 768, "RB1041" },
        { 390, 844, "RB1042" },
    };

    /// <summary>
    /// The dead end of issue 20: an accepted consent with no disclosures ticked is refused until the
    /// care manager chooses to record it as incomplete; the patient is then enrolled but not
    /// billable, and the patient page offers "Record consent", which replaces it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task An_incomplete_consent_needs_an_explicit_choice_and_is_replaced_from_the_patient_page(int width, int height, string mrn)
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager, viewport: new ViewportSize { Width = width, Height = height });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/Eligibility?q={mrn}");
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = $"Enroll {mrn}" }).ClickAsync(), new Regex("/Enrollment/Enroll/"));
        await page.NavigateByAsync(() => page.Locator("#next").ClickAsync(), new Regex("step=visit"));
        if (await page.Locator("#visit-needed").CountAsync() > 0)
        {
            await page.Locator("#visit-code").FillAsync("99214");
            await page.NavigateByAsync(() => page.Locator("#record-visit").ClickAsync(), new Regex("visit=[0-9a-f-]{36}"));
        }

        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Continue to consent" }).ClickAsync(), new Regex("step=consent"));
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Cost sharing applies" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Accepted" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Verbally" }).CheckAsync();
        await page.Locator("#record-consent").ClickAsync();

        // Refused, with what was chosen kept: the step does not finish without the explicit choice.
        await Assertions.Expect(page.Locator("#wizard-error")).ToContainTextAsync("An accepted consent needs all four disclosures");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Cost sharing applies" })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Accepted" })).ToBeCheckedAsync();
        Assert.Contains("Step 3 of 5: Consent", await page.Locator("#step-heading").TextContentAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page);

        await page.Locator("#record-incomplete").CheckAsync();
        await page.NavigateByAsync(() => page.Locator("#record-consent").ClickAsync(), new Regex("step=care-team"));
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Enroll", Exact = true }).ClickAsync(), new Regex("step=done"));
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Open the patient's page" }).ClickAsync(), new Regex("/Patients/[0-9a-f-]{36}$"));

        // Enrolled but not billable: the patient page names the reason and offers the way out.
        await Assertions.Expect(page.Locator("li[data-code='CONSENT-INCOMPLETE']")).ToBeVisibleAsync();
        await page.NavigateByAsync(() => page.Locator("li[data-code='CONSENT-INCOMPLETE'] a[data-action='record-consent']").ClickAsync(), new Regex("step=consent"));
        foreach (var disclosure in new[] { "The service is available to you", "Cost sharing applies", "Only one practitioner can bill for it each month", "You may stop at any time" })
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = disclosure }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Radio, new() { Name = "Accepted" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Verbally" }).CheckAsync();
        await page.NavigateByAsync(() => page.Locator("#record-consent").ClickAsync(), new Regex("step=done"));
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Open the patient's page" }).ClickAsync(), new Regex("/Patients/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("[id^='enrollment-ok-']")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("li[data-code='CONSENT-INCOMPLETE']").CountAsync());
        await AssertAccessibleAsync(page);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, $"axe on {page.Url}:\n" + string.Join("\n", result.Violations.Select(v => $"- {v.Id}: {v.Help} " + string.Join(" ", v.Nodes.Select(n => n.Html)))));
    }
}
