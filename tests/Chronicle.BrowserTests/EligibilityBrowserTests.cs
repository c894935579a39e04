namespace Chronicle.BrowserTests;

using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.BrowserTests.Infrastructure;
using Microsoft.Playwright;

/// <summary>The worklist as a person uses it: clicking, sorting, filtering by keyboard, and with JavaScript off.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class EligibilityBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Clicking_a_patient_on_the_worklist_opens_their_chart()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Eligible, not enrolled" }).ClickAsync(), EligibilityUrl());
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Abernathy, Melvin" }).ClickAsync(), PatientUrl());
        Assert.StartsWith("Abernathy, Melvin", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Patients" }).GetAttributeAsync("aria-current"));
        var diabetes = page.Locator("tr[data-code='E11.9']");
        Assert.Contains("Yes: Diabetes", await diabetes.TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clicking_a_column_header_sorts_by_it_and_clicking_again_reverses()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Eligibility");

        await page.NavigateByAsync(() => SortLink(page, "MRN").ClickAsync(), new Regex("sort=mrn&dir=asc"));
        var ascending = await MrnsAsync(page);
        await page.NavigateByAsync(() => SortLink(page, "MRN").ClickAsync(), new Regex("sort=mrn&dir=desc"));
        var descending = await MrnsAsync(page);

        Assert.True(ascending.Count > 1);
        Assert.Equal(ascending.Order(StringComparer.Ordinal), ascending);
        Assert.Equal(ascending.AsEnumerable().Reverse(), descending);
        Assert.Equal("descending", await page.GetByRole(AriaRole.Columnheader, new() { Name = "MRN", Exact = true }).GetAttributeAsync("aria-sort"));
        Assert.Null(await page.GetByRole(AriaRole.Columnheader, new() { Name = "Patient", Exact = true }).GetAttributeAsync("aria-sort"));
    }

    [Fact]
    public async Task Filtering_by_category_works_with_the_keyboard_alone()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Eligibility");

        await TabToAsync(page, "category");
        await page.Keyboard.TypeAsync("Hypert");
        Assert.Equal("Hypertension", await page.Locator("#category").InputValueAsync());
        await TabToAsync(page, "apply");
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.NavigateByAsync(() => page.Keyboard.PressAsync("Enter"), new Regex("category=Hypertension"));
        var rows = page.Locator("tbody tr[data-mrn]");
        Assert.True(await rows.CountAsync() > 0);
        foreach (var row in await rows.AllAsync())
        {
            Assert.Contains("Hypertension", await row.TextContentAsync(), StringComparison.Ordinal);
        }

        Assert.Equal("Hypertension", await page.Locator("#category").InputValueAsync());
    }

    [Fact]
    public async Task The_filter_form_and_sorting_work_with_JavaScript_disabled()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager, javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Eligibility");

        await page.GetByLabel("Name or MRN").FillAsync("abernathy");
        await page.GetByLabel("Program").SelectOptionAsync("ccm");
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync(), new Regex("q=abernathy&program=ccm"));
        var filtered = await MrnsAsync(page);
        await page.NavigateByAsync(() => SortLink(page, "Age").ClickAsync(), new Regex("sort=age"));

        Assert.Contains("RB1025", filtered);
        Assert.Equal(filtered.Order(), (await MrnsAsync(page)).Order());
        Assert.Equal("abernathy", await page.GetByLabel("Name or MRN").InputValueAsync());
        Assert.Equal("ascending", await page.GetByRole(AriaRole.Columnheader, new() { Name = "Age", Exact = true }).GetAttributeAsync("aria-sort"));
    }

    [Fact]
    public async Task The_patient_search_and_pages_work_with_JavaScript_disabled()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager, javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Patients");

        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync(), new Regex("pageNumber=2"));
        Assert.Equal("page", await page.GetByRole(AriaRole.Link, new() { Name = "Page 2" }).GetAttributeAsync("aria-current"));
        await page.GetByLabel("Name or MRN").FillAsync("RB1001");
        await page.NavigateByAsync(() => page.GetByLabel("Name or MRN").PressAsync("Enter"), new Regex("q=RB1001"));

        Assert.Equal(["RB1001"], await MrnsAsync(page));
    }

    /// <summary>Presses Tab until the element with this id has focus; fails if forty presses never reach it.</summary>
    private static async Task TabToAsync(IPage page, string id)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.id") == id)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached #{id}.");
    }

    private static ILocator SortLink(IPage page, string column) =>
        page.GetByRole(AriaRole.Columnheader, new() { Name = column, Exact = true }).GetByRole(AriaRole.Link);

    private static async Task<List<string>> MrnsAsync(IPage page)
    {
        var mrns = new List<string>();
        foreach (var row in await page.Locator("tbody tr[data-mrn]").AllAsync())
        {
            mrns.Add((await row.GetAttributeAsync("data-mrn"))!);
        }

        return mrns;
    }

    [GeneratedRegex("/Eligibility$")]
    private static partial Regex EligibilityUrl();

    [GeneratedRegex("/Patients/[0-9a-f-]{36}$")]
    private static partial Regex PatientUrl();
}
