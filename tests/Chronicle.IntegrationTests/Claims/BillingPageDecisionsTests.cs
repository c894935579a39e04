namespace Chronicle.IntegrationTests.Claims;

using System.Net;
using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Issue 14 item 6 on the demo practice: the billing page lists the decisions without a claim with
/// their reasons (and filters them), and "approve all" leaves a held claim alone; the held claim is
/// approved on its own only with the confirmation ticked.
/// </summary>
public sealed partial class BillingPageDecisionsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_page_shows_not_billable_decisions_and_approve_all_skips_a_held_claim(string provider)
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
        var held = ApproveForm().Match(html).Groups["id"].Value;
        using var hold = await client.PostFormAsync(page, $"/Billing?handler=Hold&month={month}", ("claim", held), ("note", "Waiting for the fax"));
        using var approveAll = await client.PostFormAsync(page, $"/Billing?handler=Approve&month={month}");
        using var unconfirmed = await client.PostFormAsync(page, $"/Billing?handler=ApproveHeld&month={month}", ("claim", held));
        var stillHeld = await StatusAsync(database, held);
        using var confirmed = await client.PostFormAsync(page, $"/Billing?handler=ApproveHeld&month={month}", ("claim", held), ("confirm", "true"));
        var notBillable = await client.GetStringAsync(new Uri($"{page}&status=not-billable", UriKind.Relative), token);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect), (closed.StatusCode, hold.StatusCode, approveAll.StatusCode));
        Assert.Contains("Decided without a claim", html, StringComparison.Ordinal);
        Assert.Contains("data-mrn=\"RB1016\"", html, StringComparison.Ordinal);
        Assert.Contains("BELOW-THRESHOLD", html, StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.OnHold, stillHeld);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains(ClaimCodes.HeldNeedsConfirmation, await unconfirmed.Content.ReadAsStringAsync(token), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(ClaimStatus.Approved, await StatusAsync(database, held));
        Assert.Contains("data-mrn=\"RB1016\"", notBillable, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"claim\"", notBillable, StringComparison.Ordinal);
    }

    private static async Task<ClaimStatus> StatusAsync(TestDatabase database, string claimId)
    {
        await using var db = database.NewContext();
        var id = Guid.Parse(claimId);
        return (await db.BillingClaims.AsNoTracking().SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken)).Status;
    }

    [GeneratedRegex("name=\"claim\" value=\"(?<id>[0-9a-f-]{36})\" />\\s*<button type=\"submit\">Approve C")]
    private static partial Regex ApproveForm();
}
