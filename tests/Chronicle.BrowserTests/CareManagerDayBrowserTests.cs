namespace Chronicle.BrowserTests;

using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.BrowserTests.Infrastructure;
using Microsoft.Playwright;

/// <summary>
/// The care manager's day in few clicks (issue 20 items 2 and 3), at a laptop's 1366×768 and a
/// phone's 390×844: minutes logged from Today's calls without leaving the list, the same by
/// keyboard alone with the timer, and the patient header that stays in view with its timer and
/// "Log time" while the page scrolls.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class CareManagerDayBrowserTests(BrowserFixture fixture)
{
    public static TheoryData<int, int, string> Sizes => new()
    {
        { 1366, 768, "RB1007" },
        { 390, 844, "RB1013" },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Five_minutes_are_logged_from_todays_calls_in_two_clicks(int width, int height, string mrn)
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager, viewport: new ViewportSize { Width = width, Height = height });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Time");
        var row = page.Locator($"tr[data-mrn='{mrn}']");

        await row.GetByText("Log time").ClickAsync();            // click 1
        await row.GetByLabel("Minutes, ended now").FillAsync("5"); // typing the minutes
        await row.GetByRole(AriaRole.Button, new() { Name = "Log" }).ClickAsync(); // click 2

        await Assertions.Expect(page.Locator("#quick-log-done")).ToContainTextAsync("Logged 5 min of phone-call");
        Assert.EndsWith("/Time", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await AssertFitsAsync(page, width);
    }

    [Fact]
    public async Task The_timer_and_the_quick_log_work_from_the_keyboard_alone()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Time");

        // Quick log: Enter on the row's "Log time" opens it with the focus in the minutes; Enter logs them.
        await page.Locator("tr[data-mrn='RB1004'] summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("tr[data-mrn='RB1004'] input[name='minutes']")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("3");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#quick-log-done")).ToContainTextAsync("Logged 3 min of phone-call");

        // The timer in the patient header: Tab from the header's patient link reaches Start; Enter starts and stops it.
        await page.Locator("tr[data-mrn='RB1004'] th a").FocusAsync();
        await page.NavigateByAsync(() => page.Keyboard.PressAsync("Enter"), new Regex("/Patients/[0-9a-f-]{36}"));
        var timer = page.Locator("#live-timer");
        await Assertions.Expect(timer).ToHaveAttributeAsync("data-state", "idle");
        await page.Locator("#patient-header .ph-name").FocusAsync();
        await TabUntilFocusedAsync(page, "#timer-start");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(timer).ToHaveAttributeAsync("data-state", "running");
        await page.WaitForFunctionAsync("() => document.getElementById('timer-elapsed').textContent >= '00:02'");
        await page.Locator("#patient-header .ph-name").FocusAsync();
        await TabUntilFocusedAsync(page, "#timer-stop");
        await page.Keyboard.PressAsync("Enter");
        // Stopping saves the entry and reloads the page, whose ledger lists it as the timer's.
        await Assertions.Expect(page.Locator("table.time-records")).ToContainTextAsync("timer");
        await Assertions.Expect(timer).ToHaveAttributeAsync("data-state", "idle");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task The_patient_header_stays_in_view_and_the_manual_form_speaks_plainly(int width, int height, string mrn)
    {
        _ = mrn;
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager, viewport: new ViewportSize { Width = width, Height = height });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Patients?q=RB1005");
        await page.NavigateByAsync(() => page.Locator("tbody a").First.ClickAsync(), new Regex("/Patients/[0-9a-f-]{36}"));
        var header = page.Locator("#patient-header");
        await Assertions.Expect(header).ToContainTextAsync("MRN RB1005");

        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        await page.WaitForFunctionAsync("() => window.scrollY > 0");
        var box = await header.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.Y, -1, 1);
        Assert.True(box.X + box.Width <= width, $"The header is {box.X + box.Width} px wide at {width} px.");
        await Assertions.Expect(page.Locator("#timer-start")).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#log-time-link")).ToBeInViewportAsync();

        // "Log time" lands on the manual form, below the header, with the end set to now.
        await page.Locator("#log-time-link").ClickAsync();
        var minutes = page.Locator("#log-minutes");
        await Assertions.Expect(minutes).ToBeInViewportAsync();
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$", await page.Locator("#log-end").InputValueAsync());
        var headerBottom = (await header.BoundingBoxAsync())!.Y + (await header.BoundingBoxAsync())!.Height;
        Assert.True((await minutes.BoundingBoxAsync())!.Y >= headerBottom - 1, "The minutes field is hidden under the header.");

        // Too long: refused in plain words, and what was typed is still there.
        await minutes.FillAsync("900");
        await page.Locator("#log-note").FillAsync("Family meeting notes");
        await page.Locator("#log-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#log-time-error")).ToContainTextAsync("900 minutes is more than 12 hours; enter at most 720 minutes");
        await Assertions.Expect(page.Locator("#log-note")).ToHaveValueAsync("Family meeting notes");
        await Assertions.Expect(page.Locator("#log-minutes")).ToHaveValueAsync("900");

        // Longer than the practice's long-entry limit: asks for confirmation, then saves.
        await page.Locator("#log-minutes").FillAsync("150");
        await page.Locator("#log-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#log-time-error")).ToContainTextAsync("Confirm to save it");
        await page.Locator("#log-confirm-long").CheckAsync();
        await page.Locator("#log-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#time p.notice[role='status']")).ToContainTextAsync("Logged 150 min");
        await AssertFitsAsync(page, width, "#patient-header");
    }

    /// <summary>The page (or one element of it) is no wider than the window: nothing to scroll sideways.</summary>
    private static async Task AssertFitsAsync(IPage page, int width, string? selector = null)
    {
        var used = selector is null
            ? await page.EvaluateAsync<double>("() => document.querySelector('main').getBoundingClientRect().right")
            : (await page.Locator(selector).BoundingBoxAsync()) is { } box ? box.X + box.Width : 0;
        Assert.True(used <= width, $"{selector ?? "main"} reaches {used} px in a {width} px window on {page.Url}.");
    }

    private static async Task TabUntilFocusedAsync(IPage page, string selector)
    {
        for (var i = 0; i < 20; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement === document.querySelector(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"Twenty presses of Tab did not reach {selector}.");
    }
}
