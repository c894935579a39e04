namespace Chronicle.BrowserTests;

using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.BrowserTests.Infrastructure;
using Microsoft.Playwright;

/// <summary>The billing page as a table: the biller ticks claims and approves them together; a held claim among them stays held (ADR 0212).</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class BillingTableBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Approving_the_ticked_claims_approves_the_ready_ones_and_leaves_a_held_one_alone()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.Biller);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Billing");
        var month = await page.Locator("#month").InputValueAsync();
        await ReloadedByAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = $"Close {month}", Exact = true }).ClickAsync());

        // The demo makes last month billable for a few patients whatever the day (DemoBillingHistory).
        var billable = page.Locator("table.claims tr[data-status='ready'], table.claims tr[data-status='needs-review']");
        Assert.True(await billable.CountAsync() >= 2, "the demo's last month has at least two billable claims");
        var held = (await billable.Nth(0).GetAttributeAsync("data-claim"))!;
        var approved = (await billable.Nth(1).GetAttributeAsync("data-claim"))!;

        await page.Locator($"tr[data-detail='{held}'] summary").ClickAsync();
        await page.Locator($"#note-{held}").FillAsync("Waiting for the signed plan");
        await ReloadedByAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = $"Hold {held}", Exact = true }).ClickAsync());
        Assert.Equal("on-hold", await page.Locator($"tr[data-claim='{held}']").GetAttributeAsync("data-status"));

        await page.Locator($"#choose-{held}").CheckAsync();
        await page.Locator($"#choose-{approved}").CheckAsync();
        await ReloadedByAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Approve the ticked claims" }).ClickAsync());

        Assert.Contains("Approved 1 of the 2 claims chosen", await page.Locator("p.notice[role='status']").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("approved", await page.Locator($"tr[data-claim='{approved}']").GetAttributeAsync("data-status"));
        Assert.Equal("on-hold", await page.Locator($"tr[data-claim='{held}']").GetAttributeAsync("data-status"));
    }

    /// <summary>
    /// A billing form posts and redirects back to the same address, so the address cannot show that
    /// the page came back; the redirected page's own response does.
    /// </summary>
    private static async Task ReloadedByAsync(IPage page, Func<Task> action)
    {
        await page.RunAndWaitForResponseAsync(action, r => r.Request.Method == "GET" && BillingUrl().IsMatch(r.Url));
        await page.Locator("footer").WaitForAsync();
    }

    [GeneratedRegex("/Billing\\?month=")]
    private static partial Regex BillingUrl();
}
