namespace Chronicle.BrowserTests;

using Chronicle.Application.Demo;
using Chronicle.Application.Security;
using Chronicle.BrowserTests.Infrastructure;
using Microsoft.Playwright;

/// <summary>Each staff role's home page opens on its own work queues (ADR 0210), and the care-plan list filters.</summary>
[Collection(BrowserSuite.Name)]
public sealed class RoleHomeBrowserTests(BrowserFixture fixture)
{
    public static TheoryData<string, string[], string[]> Queues => new()
    {
        { Roles.CareManager, ["Calls due", "Consents to record", "Care plans to finish", "Care-plan reviews due"], ["Care plans awaiting your signature", "Claims to approve", "Set-up checklist"] },
        { Roles.BillingPractitioner, ["Care plans awaiting your signature", "Complex CCM: medical decision making"], ["Calls due", "Claims to approve", "Set-up checklist"] },
        { Roles.Biller, ["Month close", "Claims to approve", "Blocked and held claims"], ["Calls due", "Care plans awaiting your signature", "Set-up checklist"] },
        { Roles.Admin, ["Set-up checklist"], ["Calls due", "Claims to approve"] },
        { Roles.Auditor, ["Audit"], ["Calls due", "Claims to approve", "Care plans to finish", "Set-up checklist"] },
    };

    [Theory]
    [MemberData(nameof(Queues))]
    public async Task The_home_page_shows_the_roles_queues_and_no_others(string role, string[] shown, string[] notShown)
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.ByRole[role]);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        var headings = await page.Locator("section.queue h2").AllTextContentsAsync();
        Assert.Equal(shown, headings.Select(h => h.Trim()).ToArray());
        foreach (var other in notShown)
        {
            Assert.DoesNotContain(other, headings);
        }
    }

    [Fact]
    public async Task The_care_manager_reaches_a_patient_from_the_calls_due_or_is_told_nobody_is_behind()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var queue = page.Locator("[data-queue='calls']");
        var rows = await queue.Locator("li a").CountAsync();
        if (rows == 0)
        {
            Assert.Contains("Nobody is at risk", await queue.TextContentAsync(), StringComparison.Ordinal);
            return;
        }

        await queue.Locator("li a").First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Patients/[0-9a-f-]{36}"));
    }

    [Fact]
    public async Task The_care_plan_list_filters_by_awaiting_signature_and_by_status()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.BillingPractitioner);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/CarePlans");
        var all = await page.Locator("#care-plans tbody tr").CountAsync();
        Assert.True(all > 0, "the demo practice has care plans");

        await page.GetByLabel("Awaiting signature").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("unsigned=true"));
        var signatures = await page.Locator("#care-plans td[data-label='Signature']").AllTextContentsAsync();
        Assert.All(signatures, s => Assert.NotEqual("Signed", s.Trim()));

        await page.GotoAsync("/CarePlans?status=active");
        var statuses = await page.Locator("#care-plans td[data-label='Status']").AllTextContentsAsync();
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.StartsWith("Active", s.Trim(), StringComparison.Ordinal));
    }
}
