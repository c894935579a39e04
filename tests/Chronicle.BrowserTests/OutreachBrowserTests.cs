namespace Chronicle.BrowserTests;

using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.BrowserTests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

/// <summary>
/// Outreach for enrollment (issue 20 item 6) as a care manager does it, at a laptop's 1366×768 and a
/// phone's 390×844: choose a patient from the eligible ones and put them on the call list, then
/// record a call with the keyboard alone; both pages fit the window and pass axe.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class OutreachBrowserTests(BrowserFixture fixture)
{
    public static TheoryData<int, int, int> Sizes => new()
    {
        { 1366, 768, 0 },
        { 390, 844, 1 },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task A_patient_is_put_on_the_call_list_and_a_call_is_recorded_by_keyboard(int width, int height, int rowIndex)
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager, viewport: new ViewportSize { Width = width, Height = height });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Outreach/Build");
        await AssertCleanAsync(page, width);
        var row = page.Locator("tbody tr[data-mrn]").Nth(rowIndex);
        var mrn = (await row.GetAttributeAsync("data-mrn"))!;

        await row.GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Put on the call list" }).ClickAsync(), new Regex("/Outreach$"));
        await Assertions.Expect(page.Locator("#outreach-done")).ToContainTextAsync("1 patient put on the call list");
        var listed = page.Locator($"tr[data-mrn='{mrn}']");
        await Assertions.Expect(listed).ToHaveCountAsync(1);
        await AssertCleanAsync(page, width);

        // Keyboard only: Enter opens the row's form, the arrow keys choose the outcome, Tab reaches the button, Enter records.
        await listed.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(listed.Locator("input[value='reached']")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(listed.Locator("input[value='no-answer']")).ToBeCheckedAsync();
        await TabUntilFocusedAsync(page, $"tr[data-mrn='{mrn}'] button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#outreach-done")).ToContainTextAsync("No answer: recorded");
        await Assertions.Expect(page.Locator($"tr[data-mrn='{mrn}']")).ToContainTextAsync("No answer");
        await AssertCleanAsync(page, width);
    }

    [Fact]
    public async Task The_auditor_sees_the_call_list_without_any_control_to_change_it()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.Auditor);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/Outreach/Build");
        var buildControls = await page.Locator("main form[method=post]").CountAsync();
        await page.GotoAsync("/Outreach");

        Assert.Equal(0, await page.Locator("main input[type=checkbox], main button:has-text('Put on the call list')").CountAsync());
        Assert.Equal(0, buildControls);
        Assert.Equal(0, await page.Locator("main form[method=post], main summary").CountAsync());
    }

    private static async Task AssertCleanAsync(IPage page, int width)
    {
        var documentWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(documentWidth <= width, $"{page.Url} is {documentWidth} px wide in a {width} px window.");
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} " + string.Join(" ", v.Nodes.Select(n => n.Html)))));
    }

    private static async Task TabUntilFocusedAsync(IPage page, string selector)
    {
        for (var i = 0; i < 30; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement === document.querySelector(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"Thirty presses of Tab did not reach {selector}.");
    }
}
