namespace Chronicle.IntegrationTests.Claims;

using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>Issue 6 item 9: twelve months of claims by status, billed against projected, before and after month close, export and a void.</summary>
public sealed class BillingDashboardTests
{
    private static readonly BillingMonth March = BillingMonth.Parse(ClaimsWorld.Month);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Projected_is_what_closing_would_bill_and_becomes_billed_once_exported_and_nothing_once_voided(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);

        var open = await DashboardAsync(world);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        var closed = await DashboardAsync(world);
        var expected = ClaimsWorld.Json(await world.RunAsync("claims", "list", "--month", ClaimsWorld.Month, "--status", "ready", "--json"))
            .GetProperty("claims")[0].GetProperty("expectedPaymentCents").GetInt64();
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all")).ExitCode);
        var export = ClaimsWorld.Json(await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", world.Files.Write("march.x12", string.Empty), "--json"));
        var exported = await DashboardAsync(world);
        Assert.Equal(0, (await world.RunAsync("claims", "void", "--claim", export.GetProperty("claims")[0].GetString()!)).ExitCode);
        var voided = await DashboardAsync(world);

        Assert.Equal(GetBillingDashboard.Months, open.Months.Count);
        Assert.Equal(("2025-04", "2026-03"), (open.Months[0].Month, open.Month));
        Assert.All(open.Months.SkipLast(1), m => Assert.Equal((0, 0L, 0L, false), (m.Claims, m.BilledCents, m.ProjectedCents, m.Live)));
        Assert.Equal((false, true, 0, 0L, expected), (open.Selected.Closed, open.Selected.Live, open.Selected.Claims, open.Selected.BilledCents, open.Selected.ProjectedCents));
        Assert.Equal((true, false, 0L, expected), (closed.Selected.Closed, closed.Selected.Live, closed.Selected.BilledCents, closed.Selected.ProjectedCents));
        Assert.Equal([("blocked", 2), ("ready", 1)], closed.Selected.ByStatus.Select(s => (s.Status, s.Claims)).Order());
        Assert.Equal((expected, expected), (exported.Selected.BilledCents, exported.Selected.ProjectedCents));
        Assert.Contains(exported.Selected.ByStatus, s => s.Status == "exported" && s.Claims == 1 && s.ExpectedPaymentCents == expected);
        Assert.Equal((0L, 0L), (voided.Selected.BilledCents, voided.Selected.ProjectedCents));
        Assert.Equal([("approved", 1), ("blocked", 2), ("superseded", 1)], voided.Selected.ByStatus.Select(s => (s.Status, s.Claims)).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_dashboard_page_draws_the_twelve_months_as_an_accessible_chart_with_its_table(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(Application.Demo.DemoSignIns.Biller);

        var html = await client.GetStringAsync(new Uri("/Billing/Dashboard?month=2026-03", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<svg role=\"img\" aria-labelledby=\"billing-trend-title billing-trend-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("Billed and projected expected payment per month, 2025-04 to 2026-03, in dollars", html, StringComparison.Ordinal);
        Assert.Equal(12, html.Split("href=\"/Billing/Dashboard?month=", StringSplitOptions.None).Length - 1);
        Assert.Equal(24, html.Split("<rect x=", StringSplitOptions.None).Length - 1 - 2);
        Assert.Contains("<strong>Projected</strong>", html, StringComparison.Ordinal);
    }

    private static async Task<BillingDashboard> DashboardAsync(ClaimsWorld world)
    {
        var result = await world.UseCaseAsync<GetBillingDashboard, Result<BillingDashboard>>(u => u.ExecuteAsync(March, null, TestContext.Current.CancellationToken));
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Value!;
    }
}
