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

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, $"axe on {page.Url}:\n" + string.Join("\n", result.Violations.Select(v => $"- {v.Id}: {v.Help} " + string.Join(" ", v.Nodes.Select(n => n.Html)))));
    }
}
