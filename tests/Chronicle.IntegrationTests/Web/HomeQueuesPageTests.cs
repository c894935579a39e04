namespace Chronicle.IntegrationTests.Web;

using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>Issue 20 item 5 on both databases: each staff role's home queues, and the care-plan list with its filters (ADR 0210).</summary>
public sealed partial class HomeQueuesPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_role_opens_on_its_own_queues_and_only_those(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        var expected = new Dictionary<string, string[]>
        {
            [Roles.CareManager] = ["calls", "consents", "plans", "reviews", "notices"],
            [Roles.BillingPractitioner] = ["signature", "complex", "notices"],
            [Roles.Biller] = ["close", "approve", "denials"],
            [Roles.Admin] = ["setup", "notices"],
            [Roles.Auditor] = ["audit"],
        };

        var seen = new Dictionary<string, string[]>();
        foreach (var role in expected.Keys)
        {
            using var client = await app.SignedInClientAsync(DemoSignIns.ByRole[role]);
            var html = await PageHtml.GetAsync(client, "/");
            seen[role] = [.. Queue().Matches(html).Select(m => m.Groups["queue"].Value)];
        }

        Assert.Equal(expected, seen);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_care_plan_list_filters_by_status_and_awaiting_signature(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.BillingPractitioner);

        var all = Rows(await PageHtml.GetAsync(client, "/CarePlans"));
        var active = Rows(await PageHtml.GetAsync(client, "/CarePlans?status=active"));
        var drafts = Rows(await PageHtml.GetAsync(client, "/CarePlans?status=draft"));
        var unsigned = Rows(await PageHtml.GetAsync(client, "/CarePlans?unsigned=true"));

        Assert.NotEmpty(all);
        Assert.Equal(all.Count, active.Count + drafts.Count);
        Assert.All(active, r => Assert.Contains(">Active: version ", r, StringComparison.Ordinal));
        Assert.All(drafts, r => Assert.Contains(">Draft<", r, StringComparison.Ordinal));
        Assert.All(unsigned, r => Assert.DoesNotContain("data-label=\"Signature\">Signed<", r, StringComparison.Ordinal));
        Assert.Equal(all.Count(r => !r.Contains("data-label=\"Signature\">Signed<", StringComparison.Ordinal)), unsigned.Count);
    }

    private static List<string> Rows(string html) => [.. PlanRow().Matches(html).Select(m => m.Value)];

    [GeneratedRegex("data-queue=\"(?<queue>[a-z]+)\"")]
    private static partial Regex Queue();

    [GeneratedRegex("<tr data-mrn=\"[^\"]+\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex PlanRow();
}
