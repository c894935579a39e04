namespace Chronicle.BrowserTests;

using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.BrowserTests.Infrastructure;
using Microsoft.Playwright;

/// <summary>The live timer as a care manager uses it: keyboard start, pause, a reload, a second tab, resume, stop, and the worklist.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class TimerBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_timer_survives_a_reload_and_its_minute_reaches_the_worklist()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Time");
        var before = await MinutesAsync(page, "RB1001");

        await page.NavigateByAsync(() => page.Locator("tr[data-mrn='RB1001'] th a").ClickAsync(), PatientPage());
        var timer = page.Locator("#live-timer");
        await Assertions.Expect(timer).ToHaveAttributeAsync("data-state", "idle");
        await page.Locator("#timer-options summary").ClickAsync();
        await page.GetByLabel("Activity", new() { Exact = true }).First.SelectOptionAsync("phone-call");
        await page.Locator("#timer-note").FillAsync("Weekly check-in");

        // Started from the keyboard: focus the button and press Enter.
        await page.Locator("#timer-start").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(timer).ToHaveAttributeAsync("data-state", "running");
        await WaitForElapsedAsync(page, 35);
        await page.Locator("#timer-pause").ClickAsync();
        await Assertions.Expect(timer).ToHaveAttributeAsync("data-state", "paused");

        // The state is the server's: a reload and a second tab show the same paused timer.
        await page.ReloadAsync();
        await Assertions.Expect(timer).ToHaveAttributeAsync("data-state", "paused");
        var paused = await ElapsedAsync(page);
        Assert.InRange(paused, 35, 45);
        var second = await context.NewPageAsync();
        await second.GotoAsync(page.Url);
        await Assertions.Expect(second.Locator("#live-timer")).ToHaveAttributeAsync("data-state", "paused");
        await second.CloseAsync();

        await page.Locator("#timer-resume").ClickAsync();
        await Assertions.Expect(timer).ToHaveAttributeAsync("data-state", "running");
        await WaitForElapsedAsync(page, 62);
        await page.Locator("#timer-stop").ClickAsync();

        // Stopping saves the entry and reloads the page, whose ledger now lists it.
        await Assertions.Expect(page.Locator("table.time-records")).ToContainTextAsync("Weekly check-in");
        await Assertions.Expect(timer).ToHaveAttributeAsync("data-state", "idle");

        await page.GotoAsync("/Time");
        Assert.Equal(before + 1, await MinutesAsync(page, "RB1001"));
    }

    private static async Task<int> MinutesAsync(IPage page, string mrn)
    {
        var text = await page.Locator($"tr[data-mrn='{mrn}'] td.minutes").TextContentAsync();
        return int.Parse(LeadingNumber().Match(text!).Value, CultureInfo.InvariantCulture);
    }

    private static async Task<int> ElapsedAsync(IPage page)
    {
        var parts = (await page.Locator("#timer-elapsed").TextContentAsync())!.Split(':').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts.Aggregate(0, (total, part) => (total * 60) + part);
    }

    private static Task<IJSHandle> WaitForElapsedAsync(IPage page, int seconds) =>
        page.WaitForFunctionAsync(
            "s => { const p = document.getElementById('timer-elapsed').textContent.split(':').map(Number); return p.reduce((t, x) => t * 60 + x, 0) >= s; }",
            seconds,
            new() { Timeout = (seconds + 30) * 1000 });

    private static Regex PatientPage() => new("/Patients/[0-9a-f-]{36}");

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();
}
