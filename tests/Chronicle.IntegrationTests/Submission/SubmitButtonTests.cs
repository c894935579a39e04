namespace Chronicle.IntegrationTests.Submission;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.Application.Submission;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The billing page's Submit button (ADR 0250) on the demo practice: without a clearinghouse it is
/// disabled and says which setting is missing (a forged post gets the use case's refusal); with a
/// folder transport it sends last month's approved claims there once, audited, and says what it sent.
/// </summary>
public sealed class SubmitButtonTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_a_clearinghouse_the_button_is_disabled_with_the_missing_setting(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.Biller);
        var month = await LastMonthAsync(database);
        var page = $"/Billing?month={month}";

        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken);
        using var posted = await client.PostFormAsync(page, $"/Billing/Submit?month={month}");
        var after = await client.GetStringAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("id=\"submit-disabled-reason\"", html, StringComparison.Ordinal);
        Assert.Contains("Clearinghouse:Transport is not set", html, StringComparison.Ordinal);
        Assert.Contains("disabled aria-describedby=\"submit-disabled-reason\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains(ClaimTransports.NotConfiguredCode, after, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Submit_sends_the_approved_claims_to_the_folder_once(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = Path.Combine(Path.GetTempPath(), $"chronicle-submit-{Guid.NewGuid():N}");
        try
        {
            await using var app = new ChronicleAppFactory(database, settings: new Dictionary<string, string?>
            {
                ["Clearinghouse:Transport"] = "folder",
                ["Clearinghouse:UploadFolder"] = Path.Combine(folder, "out"),
                ["Clearinghouse:DownloadFolder"] = Path.Combine(folder, "in"),
            });
            using var client = await app.SignedInClientAsync(DemoSignIns.Biller);
            var token = TestContext.Current.CancellationToken;
            var month = await LastMonthAsync(database);
            var page = $"/Billing?month={month}";
            using var closed = await client.PostFormAsync(page, $"/Billing?handler=Close&month={month}");
            using var approved = await client.PostFormAsync(page, $"/Billing?handler=Approve&month={month}");

            using var submitted = await client.PostFormAsync(page, $"/Billing/Submit?month={month}");
            var after = await client.GetStringAsync(new Uri(page, UriKind.Relative), token);
            using var again = await client.PostFormAsync(page, $"/Billing/Submit?month={month}");
            var second = await client.GetStringAsync(new Uri(page, UriKind.Relative), token);

            Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect), (closed.StatusCode, approved.StatusCode, submitted.StatusCode));
            Assert.Equal("/Billing", WebSignIn.RedirectPath(submitted));
            var file = Assert.Single(Directory.GetFiles(Path.Combine(folder, "out")));
            Assert.Contains($"by folder: {Path.GetFileName(file)}", after, StringComparison.Ordinal);
            Assert.Contains(ClaimCodes.NothingToExport, second, StringComparison.Ordinal);
            Assert.Single(Directory.GetFiles(Path.Combine(folder, "out")));
            await using var db = database.NewContext();
            var key = BillingMonth.Parse(month).Key;
            var sent = await db.BillingClaims.AsNoTracking().Where(c => c.MonthKey == key && c.Status == ClaimStatus.Submitted).CountAsync(token);
            Assert.True(sent > 0, "the demo's last month has claims to submit");
            Assert.Contains($"Submitted {sent} claims of {month} by folder", after, StringComparison.Ordinal);
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Role == "biller" && e.Action == "export" && e.What.StartsWith($"claims submit {month}: file"), token));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<string> LastMonthAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var practice = await db.Practices.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        return BillingMonth.Of(practice.TimeZone.LocalDateOf(TestClock.Now)).Previous().ToString();
    }
}
