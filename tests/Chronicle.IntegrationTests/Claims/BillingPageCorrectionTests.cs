namespace Chronicle.IntegrationTests.Claims;

using System.Net;
using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>The billing page's buttons on the demo practice: close last month, approve, export, then void an exported claim.</summary>
public sealed partial class BillingPageCorrectionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_biller_voids_an_exported_claim_from_the_billing_page(string provider)
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
        using var approved = await client.PostFormAsync(page, $"/Billing?handler=Approve&month={month}");
        using var exported = await client.PostFormAsync(page, $"/Billing?handler=Export&month={month}");
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative), token);
        var claimId = ReplaceForm().Match(html).Groups["id"].Value;
        using var voided = await client.PostFormAsync(page, $"/Billing?handler=Correct&month={month}", ("claim", claimId), ("voidIt", "true"), ("reference", "ICN-7001"), ("reason", "Billed in error"));
        var after = await client.GetStringAsync(new Uri(page, UriKind.Relative), token);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.OK), (closed.StatusCode, approved.StatusCode, exported.StatusCode));
        Assert.StartsWith("ISA*", await exported.Content.ReadAsStringAsync(token), StringComparison.Ordinal);
        Assert.Contains("Void C", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, voided.StatusCode);
        Assert.Contains("Void (frequency 8) of the claim the payer knows as ICN-7001.", after, StringComparison.Ordinal);
        await using var db = database.NewContext();
        var voids = await db.BillingClaims.AsNoTracking().Where(c => c.Frequency == 8).ToListAsync(token);
        var voidClaim = Assert.Single(voids);
        Assert.Equal((Guid.Parse(claimId), ClaimStatus.Approved, "Billed in error"), (voidClaim.Corrects!.Value, voidClaim.Status, voidClaim.Note));
    }

    [GeneratedRegex("name=\"claim\" value=\"(?<id>[0-9a-f-]{36})\" />\\s*<label for=\"reference-")]
    private static partial Regex ReplaceForm();
}
