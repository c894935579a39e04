namespace Chronicle.IntegrationTests.Claims;

using System.Net;
using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Issue 20 item 8 on the demo practice: claims ticked in the billing table are approved together,
/// and a held claim among them is left alone, as "approve all" leaves it (ADR 0212).
/// </summary>
public sealed partial class BillingTableBulkTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Approving_ticked_claims_approves_the_ready_ones_and_leaves_held_and_blocked_ones_alone(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.Biller);
        var token = TestContext.Current.CancellationToken;
        await using var setup = database.NewContext();
        var practice = await setup.Practices.AsNoTracking().SingleAsync(token);
        var month = BillingMonth.Of(practice.TimeZone.LocalDateOf(TestClock.Now)).Previous().ToString();
        var page = $"/Billing?month={month}";
        using var closed = await client.PostFormAsync(page, $"/Billing?handler=Close&month={month}");
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative), token);
        var rows = ClaimRow().Matches(html).Select(m => (Status: m.Groups["status"].Value, Id: m.Groups["id"].Value)).ToList();
        var billable = rows.Where(r => r.Status is "ready" or "needs-review").Select(r => r.Id).ToList();
        var blocked = rows.Where(r => r.Status == "blocked").Select(r => r.Id).ToList();
        Assert.True(billable.Count >= 2 && blocked.Count >= 1, $"the demo's last month has billable and blocked claims: {string.Join(", ", rows)}");
        var (held, ready, stopped) = (billable[0], billable[1], blocked[0]);
        using var hold = await client.PostFormAsync(page, $"/Billing?handler=Bulk&month={month}", ("act", "hold"), ("selected", held), ("note", "Waiting for the fax"));

        using var approve = await client.PostFormAsync(page, $"/Billing?handler=Bulk&month={month}", ("act", "approve"), ("selected", held), ("selected", ready), ("selected", stopped));
        using var none = await client.PostFormAsync(page, $"/Billing?handler=Bulk&month={month}", ("act", "approve"));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect), (closed.StatusCode, hold.StatusCode, approve.StatusCode));
        Assert.Equal(
            (ClaimStatus.OnHold, ClaimStatus.Approved, ClaimStatus.Blocked),
            (await StatusAsync(database, held), await StatusAsync(database, ready), await StatusAsync(database, stopped)));
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("Tick the claims to change first.", await none.Content.ReadAsStringAsync(token), StringComparison.Ordinal);
    }

    private static async Task<ClaimStatus> StatusAsync(TestDatabase database, string claimId)
    {
        await using var db = database.NewContext();
        var id = Guid.Parse(claimId);
        return (await db.BillingClaims.AsNoTracking().SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken)).Status;
    }

    [GeneratedRegex("data-status=\"(?<status>[a-z-]+)\" data-mrn=\"[^\"]*\">\\s*<td class=\"select\" data-label=\"Choose\"><input type=\"checkbox\" name=\"selected\" value=\"(?<id>[0-9a-f-]{36})\"")]
    private static partial Regex ClaimRow();
}
