namespace Chronicle.BrowserTests;

using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.Application.Security;
using Chronicle.BrowserTests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

/// <summary>Every page, as a browser renders it, passes axe-core's WCAG 2 A/AA and best-practice rules.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class AccessibilityTests(BrowserFixture fixture)
{
    /// <summary>Each page as the role that uses it sees it ("anonymous" for nobody signed in).</summary>
    public static TheoryData<string, string, int> Pages => new()
    {
        { "anonymous", "/Account/SignIn", 200 },
        { Roles.CareManager, "/", 200 },
        { Roles.CareManager, "/Eligibility", 200 },
        { Roles.CareManager, "/Eligibility?program=ccm&category=Hypertension&sort=age&dir=desc", 200 },
        { Roles.CareManager, "/Eligibility?q=nobody-has-this-name", 200 },
        { Roles.CareManager, "/Eligibility?asOf=not-a-date", 200 },
        { Roles.CareManager, "/Outreach", 200 },
        { Roles.CareManager, "/Outreach/Build", 200 },
        { Roles.CareManager, "/Outreach/Build?min=2&fresh=true", 200 },
        { Roles.Auditor, "/Outreach", 200 },
        { Roles.CareManager, "/Patients", 200 },
        { Roles.CareManager, "/Patients?pageNumber=2", 200 },
        { Roles.CareManager, "patient:RB1001", 200 },
        { Roles.CareManager, "access:RB1001", 200 },
        { Roles.CareManager, "/Patients/00000000-0000-0000-0000-000000000001", 404 },
        { Roles.CareManager, "/no/such/page", 404 },
        { Roles.CareManager, "/Admin/Users", 403 },
        { Roles.CareManager, "/Account/ChangePassword", 200 },
        { Roles.CareManager, "/Account/TwoFactor", 200 },
        { Roles.Admin, "/Admin/Users", 200 },
        { Roles.Admin, "/Admin/Tokens", 200 },
        { "anonymous", "/Account/Invitation/not-a-real-invitation", 200 },
        { Roles.Admin, "/Admin/Charges", 200 },
        { Roles.Admin, "/Admin/TimeRules", 200 },
        { Roles.Auditor, "/Audit", 200 },
        { Roles.Auditor, "/Audit?patient=RB1001&action=read", 200 },
        { Roles.Auditor, "/Audit?from=March", 200 },
        { Roles.Patient, "/MyRecord", 200 },
        { Roles.Caregiver, "/MyRecord", 200 },
        { Roles.Patient, "myrecord:Care plan, goals and care team", 200 },
        { Roles.Patient, "myrecord:Consent and the right to stop", 200 },
        { Roles.Patient, "myrecord:Statements", 200 },
        { Roles.Caregiver, "myrecord:Care plan, goals and care team", 200 },
        { Roles.CareManager, "/Notices", 200 },
        { Roles.Auditor, "/ClaimAudit", 200 },
        { Roles.Biller, "/Billing/Dashboard", 200 },
        { Roles.Biller, "/Billing/Denials", 200 },
        { Roles.Biller, "patient:RB1001", 200 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_accessibility_violations(string role, string url, int status)
    {
        await using var context = role == "anonymous" ? await fixture.NewContextAsync() : await fixture.NewSignedInContextAsync(DemoSignIns.ByRole[role]);
        var page = await context.NewPageAsync();
        var address = url.StartsWith("patient:", StringComparison.Ordinal) ? await PatientAddressAsync(page, url["patient:".Length..])
            : url.StartsWith("access:", StringComparison.Ordinal) ? await PatientAddressAsync(page, url["access:".Length..]) + "/Access"
            : url.StartsWith("myrecord:", StringComparison.Ordinal) ? await MyRecordLinkAsync(page, url["myrecord:".Length..])
            : url;

        var response = await page.GotoAsync(address);

        Assert.Equal(status, response!.Status);
        await SaveScreenshotAsync(page, $"{role}-{url}");
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        Assert.True(result.Violations.Length == 0, Describe(address, result.Violations));
    }

    /// <summary>On a phone-sized screen the tables scroll sideways; they must still be reachable by keyboard.</summary>
    [Theory]
    [InlineData("/Eligibility")]
    [InlineData("/Outreach")]
    [InlineData("/Outreach/Build")]
    [InlineData("/Patients")]
    [InlineData("patient:RB1001")]
    public async Task The_page_has_no_accessibility_violations_on_a_narrow_screen(string url)
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        var address = url.StartsWith("patient:", StringComparison.Ordinal) ? await PatientAddressAsync(page, url["patient:".Length..]) : url;

        await page.GotoAsync(address);

        await SaveScreenshotAsync(page, "narrow-" + url);
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, Describe(address, result.Violations));
    }

    private static async Task<string> PatientAddressAsync(IPage page, string mrn)
    {
        await page.GotoAsync($"/Patients?q={mrn}");
        return (await page.Locator($"tr[data-mrn='{mrn}'] a").GetAttributeAsync("href"))!;
    }

    /// <summary>A portal page reached as its user does: from their record, by the link's name.</summary>
    private static async Task<string> MyRecordLinkAsync(IPage page, string linkName)
    {
        await page.GotoAsync("/MyRecord");
        return (await page.GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true }).GetAttributeAsync("href"))!;
    }

    private static string Describe(string url, AxeResultItem[] violations) =>
        $"axe found {violations.Length} violation(s) on {url}:\n" + string.Join("\n", violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n => $"{n.Target} {n.Html}"))));

    private static async Task SaveScreenshotAsync(IPage page, string url)
    {
        if (BrowserEnvironment.ScreenshotFolder is not { } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var name = NotFileNameCharacters().Replace(url.Trim('/'), "_");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{(name.Length == 0 ? "home" : name)}.png"), FullPage = true });
    }

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex NotFileNameCharacters();
}
