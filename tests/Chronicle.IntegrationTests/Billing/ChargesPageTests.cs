namespace Chronicle.IntegrationTests.Billing;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;

/// <summary>The administrator's charges page on both databases.</summary>
public sealed class ChargesPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_administrator_sets_a_charge_and_sees_it_listed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var admin = await app.SignedInClientAsync(DemoSignIns.Admin);

        using var set = await admin.PostFormAsync("/Admin/Charges", "/Admin/Charges", ("Code", "99490"), ("Amount", "95.00"));
        using var bad = await admin.PostFormAsync("/Admin/Charges", "/Admin/Charges", ("Code", "99490"), ("Amount", "lots"));
        var page = PageHtml.Text(await PageHtml.GetAsync(admin, "/Admin/Charges"));

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains("99490 is now charged at $95.00.", PageHtml.Text(await set.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
        Assert.Contains("'lots' is not an amount", PageHtml.Text(await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
        Assert.Contains("99490 $95.00", page, StringComparison.Ordinal);
    }
}
