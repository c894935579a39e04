namespace Chronicle.BrowserTests;

using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.BrowserTests.Infrastructure;
using Chronicle.Interop.X12;
using Microsoft.Playwright;

/// <summary>
/// Issue 16 on the pages (ADR 0250, ADR 0251): the biller submits an approved claim to the
/// clearinghouse's folder with the billing page's button, fetches the payer's denial, reads why on
/// the denials worklist in plain words and writes the claim off; and keeps a patient's coverage on
/// the patient page, where a bad MBI is refused beside its field. The suite shares one demo
/// database, so the billing test works one claim of last month and leaves the others to the other tests.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed partial class RevenueCycleBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_claim_submitted_to_the_folder_comes_back_denied_is_explained_and_written_off()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.Biller);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Billing");
        var month = await page.Locator("#month").InputValueAsync();
        await ReloadedByAsync(page, BillingUrl(), () => page.GetByRole(AriaRole.Button, new() { Name = $"Close {month}", Exact = true }).ClickAsync());
        var ready = page.Locator("table.claims tr[data-status='ready'], table.claims tr[data-status='needs-review']");
        var claim = (await ready.First.GetAttributeAsync("data-claim"))!;
        await page.Locator($"tr[data-detail='{claim}'] summary").ClickAsync();
        await ReloadedByAsync(page, BillingUrl(), () => page.GetByRole(AriaRole.Button, new() { Name = $"Approve {claim}", Exact = true }).ClickAsync());

        await ReloadedByAsync(page, BillingUrl(), () => page.GetByRole(AriaRole.Button, new() { Name = $"Submit the approved claims of {month}" }).ClickAsync());

        await Assertions.Expect(page.Locator("p.notice[role='status']")).ToContainTextAsync("Submitted");
        Assert.Equal("submitted", await page.Locator($"tr[data-claim='{claim}']").GetAttributeAsync("data-status"));
        var sent = Directory.GetFiles(Path.Combine(fixture.ClearinghouseFolder, "out"))
            .SelectMany(f => Claim837Reader.Read(File.ReadAllText(f)).Contents.Claims).Single(c => c.ClaimId == claim);

        // The payer denies it: another practice billed care management for the patient this month (CO-B20).
        Directory.CreateDirectory(Path.Combine(fixture.ClearinghouseFolder, "in"));
        File.WriteAllText(Path.Combine(fixture.ClearinghouseFolder, "in", $"denial-{claim}.835"), Denial835(claim, sent.Total.Dollars));
        await ReloadedByAsync(page, BillingUrl(), () => page.GetByRole(AriaRole.Button, new() { Name = "Fetch acknowledgments and remittances" }).ClickAsync());
        await Assertions.Expect(page.Locator("p.notice[role='status']")).ToContainTextAsync("applied");
        Assert.Equal("denied", await page.Locator($"tr[data-claim='{claim}']").GetAttributeAsync("data-status"));

        await page.NavigateByAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Denials", Exact = true }).ClickAsync(), DenialsUrl());
        var row = page.Locator($"table.denials tr[data-claim='{claim}']");
        await Assertions.Expect(row).ToContainTextAsync("CO-B20");
        await Assertions.Expect(row).ToContainTextAsync("Another provider already furnished and billed this service");
        await page.Locator($"tr[data-detail='{claim}'] summary").ClickAsync();
        await page.Locator($"#write-off-reason-{claim}").FillAsync("Another practice billed the month first");
        await ReloadedByAsync(page, DenialsUrl(), () => page.GetByRole(AriaRole.Button, new() { Name = $"Write off {claim}", Exact = true }).ClickAsync());

        await Assertions.Expect(page.Locator("p.notice[role='status']")).ToContainTextAsync($"Wrote off {claim}");
        await Assertions.Expect(page.Locator($"table.denials tr[data-claim='{claim}']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_biller_adds_a_coverage_after_a_bad_mbi_is_refused_beside_its_field()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.Biller);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Patients?q=RB1010");
        await page.NavigateByAsync(() => page.Locator("tr[data-mrn='RB1010'] a").First.ClickAsync(), PatientUrl());
        var chart = new Regex("^" + Regex.Escape(page.Url.Split('#')[0]) + "(#.*)?$");
        var section = page.Locator("#coverage");
        await Assertions.Expect(section.Locator("tr[data-payer='06102']")).ToHaveCountAsync(1);

        await section.GetByText("Add a coverage").ClickAsync();
        await section.Locator("#coverage-new-payer_id").SelectOptionAsync("06102");
        await section.Locator("#coverage-new-member_id").FillAsync("12345");
        await section.Locator("#coverage-new-order").SelectOptionAsync("secondary");
        await section.Locator("#coverage-new-start_date").FillAsync("2030-01-01");
        await ReloadedByAsync(page, chart, () => section.GetByRole(AriaRole.Button, new() { Name = "Add the coverage" }).ClickAsync());

        var error = page.Locator("#coverage-new-member_id-error");
        await Assertions.Expect(error).ToContainTextAsync("MBI");
        await Assertions.Expect(page.Locator("#coverage-new-member_id")).ToHaveValueAsync("12345");
        await Assertions.Expect(page.Locator("#coverage-new-member_id")).ToHaveAttributeAsync("aria-describedby", "coverage-new-member_id-error");

        await page.Locator("#coverage-new-member_id").FillAsync("9EG4-TE5-MK73");
        await ReloadedByAsync(page, chart, () => page.Locator("#coverage").GetByRole(AriaRole.Button, new() { Name = "Add the coverage" }).ClickAsync());

        await Assertions.Expect(page.Locator("#coverage p.notice[role='status']")).ToContainTextAsync("The coverage is saved.");
        await Assertions.Expect(page.Locator("#coverage tr[data-payer='06102']").Filter(new() { HasText = "9EG4TE5MK73" })).ToContainTextAsync("Secondary");
    }

    [Fact]
    public async Task A_care_manager_sees_the_coverage_without_controls()
    {
        await using var context = await fixture.NewSignedInContextAsync(DemoSignIns.CareManager);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Patients?q=RB1010");
        await page.NavigateByAsync(() => page.Locator("tr[data-mrn='RB1010'] a").First.ClickAsync(), PatientUrl());

        await Assertions.Expect(page.Locator("#coverage tr[data-payer='06102']").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#coverage form")).ToHaveCountAsync(0);
    }

    /// <summary>An 835 that denies one claim in full (CLP02 4, CO-B20 at claim level), paying nothing: BPR02 0, a notice only.</summary>
    private static string Denial835(string claim, decimal charge)
    {
        var amount = charge.ToString("0.##", CultureInfo.InvariantCulture);
        var body = new[]
        {
            "BPR*H*0*C*NON************20261215", $"TRN*1*DENIAL{claim}*1234567890", "DTM*405*20261215", "N1*PR*MEDICARE PART B", "N1*PE*DEMO PRACTICE", "LX*1",
            $"CLP*{claim}*4*{amount}*0*0*MB*PAYER{claim}*11*1", $"CAS*CO*B20*{amount}",
        };
        var segments = new List<string>
        {
            "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*DEMOPRACTICE   *261207*1200*^*00501*000000902*0*T*:",
            "GS*HP*CLEARINGHOUSE*DEMOPRACTICE*20261207*1200*902*X*005010X221A1",
            "ST*835*0001*005010X221A1",
        };
        segments.AddRange(body);
        segments.Add($"SE*{body.Length + 2}*0001");
        segments.Add("GE*1*902");
        segments.Add("IEA*1*000000902");
        return string.Join("~\n", segments) + "~\n";
    }

    /// <summary>A form posts and redirects back to the page it came from; the redirected page's own GET shows it came back.</summary>
    private static async Task ReloadedByAsync(IPage page, Regex url, Func<Task> action)
    {
        await page.RunAndWaitForResponseAsync(action, r => r.Request.Method == "GET" && url.IsMatch(r.Url));
        await page.Locator("footer").WaitForAsync();
    }

    [GeneratedRegex("/Billing\\?month=")]
    private static partial Regex BillingUrl();

    [GeneratedRegex("/Billing/Denials$")]
    private static partial Regex DenialsUrl();

    [GeneratedRegex("/Patients/[0-9a-f-]{36}$")]
    private static partial Regex PatientUrl();
}
