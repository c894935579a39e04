namespace Chronicle.IntegrationTests.Payers;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

/// <summary>The payer directory page (ADR 0220, 0221) on both databases: the demo's payers, a payer saved with its bad fields named, the claim settings read-only.</summary>
public sealed class PayersPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_biller_sees_the_demo_payers_and_claim_settings_and_saves_a_payer(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var biller = await app.SignedInClientAsync(DemoSignIns.Biller);
        var ct = TestContext.Current.CancellationToken;

        var before = PageHtml.Text(await PageHtml.GetAsync(biller, "/Admin/Payers"));
        using var saved = await biller.PostFormAsync("/Admin/Payers", "/Admin/Payers",
            ("Input.PayerId", "MCDIL"), ("Input.Name", "Illinois Medicaid"), ("Input.Kind", "medicaid"), ("Input.MacJurisdiction", string.Empty),
            ("Input.ReceiverId", "ILMEDICAID"), ("Input.ReceiverQualifier", "zz"), ("Input.ReceiverName", "HFS"));
        using var bad = await biller.PostFormAsync("/Admin/Payers", "/Admin/Payers",
            ("Input.PayerId", "06102"), ("Input.Name", "Medicare Part B"), ("Input.Kind", "medicare-part-b"), ("Input.MacJurisdiction", string.Empty),
            ("Input.ReceiverId", "06102"), ("Input.ReceiverQualifier", "ZZ"), ("Input.ReceiverName", "NGS"));

        Assert.Contains("Medicare Part B (NGS J6) 06102 medicare-part-b (J6)", before, StringComparison.Ordinal);
        Assert.Contains("Riverbend Advantage HMO RVBMA medicare-advantage", before, StringComparison.Ordinal);
        Assert.Contains("Prairie Medigap Plan G PRGAP medigap", before, StringComparison.Ordinal);
        Assert.Contains("Usage T: test files", before, StringComparison.Ordinal);
        Assert.Contains("Interchange sender ZZ CHRONICLETEST", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Illinois Medicaid (MCDIL) is saved.", PageHtml.Text(await saved.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
        Assert.Contains("mac jurisdiction: A Medicare Part A or Part B payer needs the MAC jurisdiction", PageHtml.Text(await bad.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
        await using var db = database.NewContext();
        var medicaid = await db.Payers.SingleAsync(p => p.Code == "MCDIL", ct);
        Assert.Equal(("ZZ", Domain.Payers.PayerKind.Medicaid), (medicaid.ReceiverQualifier, medicaid.Kind));
        Assert.Equal("NATIONAL GOVERNMENT SERVICES", (await db.Payers.SingleAsync(p => p.Code == "06102", ct)).ReceiverName);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.What.Contains("payer MCDIL"), ct));
    }
}
