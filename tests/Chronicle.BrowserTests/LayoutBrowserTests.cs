namespace Chronicle.BrowserTests;

using Chronicle.Application.Demo;
using Chronicle.Application.Security;
using Chronicle.BrowserTests.Infrastructure;
using Microsoft.Playwright;

/// <summary>
/// Every page of every demo role fits a phone (390 px) and a laptop (1366 px): the document is never
/// wider than the window, and at 1366 px no table cell clips its text and no input is crushed (ADR 0212).
/// The pages are the role's own menu plus the pages reached from a patient, so a new menu entry is checked without listing it here.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class LayoutBrowserTests(BrowserFixture fixture)
{
    /// <summary>Narrower than this, a text input or select cannot show what is typed in it.</summary>
    private const int NarrowestInput = 60;

    public static TheoryData<string, int> RolesAndWidths
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var role in DemoSignIns.ByRole.Keys.Order(StringComparer.Ordinal))
            {
                data.Add(role, 390);
                data.Add(role, 1366);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(RolesAndWidths))]
    public async Task Every_page_of_the_role_fits_the_window(string role, int width)
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.ByRole[role]);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, width < 600 ? 844 : 768);
        var pages = await PagesOfAsync(page, role);
        Assert.True(pages.Count >= 3, $"{role} reached only {string.Join(", ", pages)}");

        var problems = new List<string>();
        foreach (var address in pages)
        {
            var response = await page.GotoAsync(address);
            Assert.True(response!.Ok, $"{address} answered {response.Status} for {role}");
            var documentWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (documentWidth > width)
            {
                problems.Add($"{address}: the document is {documentWidth} px wide ({await WidestAsync(page, width)})");
            }

            if (width >= 1000)
            {
                problems.AddRange((await page.EvaluateAsync<string[]>(ClippedAndCrushed, NarrowestInput)).Select(p => $"{address}: {p}"));
            }
        }

        Assert.True(problems.Count == 0, $"{role} at {width} px:\n" + string.Join("\n", problems));
    }

    /// <summary>The role's menu and account links, and for staff the pages of a patient and of their care plan.</summary>
    private static async Task<List<string>> PagesOfAsync(IPage page, string role)
    {
        var portal = role is Roles.Patient or Roles.Caregiver or Roles.OutsideProvider;
        await page.GotoAsync(portal ? "/MyRecord" : "/");
        var selector = portal ? "header a[href^='/'], main a[href^='/MyRecord/']" : "header nav a[href^='/'], header .account a[href^='/']";
        var links = new List<string>(portal ? ["/MyRecord"] : ["/"]);
        foreach (var link in await page.Locator(selector).AllAsync())
        {
            links.Add((await link.GetAttributeAsync("href"))!);
        }

        if (!portal)
        {
            await page.GotoAsync($"/Patients?q={DemoSignIns.PatientMrn}");
            var chart = (await page.Locator($"tr[data-mrn='{DemoSignIns.PatientMrn}'] a").First.GetAttributeAsync("href"))!;
            links.AddRange([chart, chart + "/CarePlan", "/CarePlans", "/Time/Dashboard", "/Notices", "/Outreach/Build"]);
            if (role != Roles.Auditor && role != Roles.Biller)
            {
                links.Add(chart + "/CarePlan/Edit");
            }
        }

        return [.. links.Where(l => !l.Contains("handler=", StringComparison.Ordinal) && !l.StartsWith("/Account/SignOut", StringComparison.Ordinal))
            .Select(l => l.Split('#')[0]).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The element sticking out furthest, to say where to look.</summary>
    private static Task<string> WidestAsync(IPage page, int width) => page.EvaluateAsync<string>(
        """
        width => {
            let worst = null, right = width;
            for (const e of document.querySelectorAll('body *')) {
                const r = e.getBoundingClientRect().right;
                if (r > right) { right = r; worst = e; }
            }
            return worst ? `${worst.tagName.toLowerCase()}${worst.id ? '#' + worst.id : ''}.${[...worst.classList].join('.')} ends at ${Math.round(right)} px` : 'nothing visible';
        }
        """);

    private const string ClippedAndCrushed =
        """
        narrowest => {
            const found = [];
            for (const cell of document.querySelectorAll('td, th')) {
                const style = getComputedStyle(cell);
                if (style.overflow !== 'visible' && cell.scrollWidth > cell.clientWidth + 1) {
                    found.push(`the cell "${cell.textContent.trim().slice(0, 40)}" clips its text`);
                }
            }
            for (const region of document.querySelectorAll('.table-wrap')) {
                if (region.scrollWidth > region.clientWidth + 1) {
                    found.push(`the table in ${region.getAttribute('aria-labelledby') || 'a scrolling region'} is cut off on the right (${region.scrollWidth} px in ${region.clientWidth} px)`);
                }
            }
            for (const input of document.querySelectorAll('input:not([type=checkbox]):not([type=radio]):not([type=hidden]), select, textarea')) {
                const w = input.getBoundingClientRect().width;
                if (w > 0 && w < narrowest) {
                    found.push(`the input ${input.name || input.id} is ${Math.round(w)} px wide`);
                }
            }
            return found;
        }
        """;
}
