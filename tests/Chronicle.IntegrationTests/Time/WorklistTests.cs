namespace Chronicle.IntegrationTests.Time;

using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

/// <summary>The care manager's worklist and the dashboard over the demo practice, on both databases.</summary>
public sealed class WorklistTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_worklist_lists_the_care_managers_enrolled_patients_most_urgent_first(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var mine = await PageHtml.GetAsync(client, "/Time");
        var everyone = await PageHtml.GetAsync(client, "/Time?everyone=true");
        var dashboard = await PageHtml.GetAsync(client, "/Time/Dashboard");

        // Rosa Castillo manages RB1001 + i for i = 0, 3, 6, …; RB1010 and RB1012 are not enrolled, RB1017 declined.
        Assert.Contains("Patients of Rosa Castillo, RN", mine, StringComparison.Ordinal);
        Assert.Contains("data-mrn=\"RB1001\"", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("data-mrn=\"RB1002\"", mine, StringComparison.Ordinal);
        Assert.Contains("data-mrn=\"RB1002\"", everyone, StringComparison.Ordinal);
        Assert.DoesNotContain("data-mrn=\"RB1010\"", everyone, StringComparison.Ordinal);
        Assert.DoesNotContain("data-mrn=\"RB1017\"", everyone, StringComparison.Ordinal);
        var statuses = System.Text.RegularExpressions.Regex.Matches(everyone, "data-status=\"(?<s>[a-z-]+)\"").Select(m => m.Groups["s"].Value).ToList();
        var order = new[] { "at-risk", "on-track", "met", "cannot-make-it" };
        Assert.Equal(15, statuses.Count);
        Assert.Equal(statuses.Where(s => s is "at-risk").Count(), statuses.TakeWhile(s => s is "at-risk").Count());
        Assert.All(statuses, s => Assert.Contains(s, order));
        Assert.Contains("<svg role=\"img\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("Countable minutes per person per week", dashboard, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_month_before_has_time_with_every_kind_of_exclusion(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        app.CreateClient().Dispose();
        await using var db = database.NewContext();

        var entries = await db.TimeEntries.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);

        Assert.True(entries.Count > 40);
        Assert.Contains(entries, e => e.Inpatient);
        Assert.Contains(entries, e => e.Performer == Chronicle.Domain.Time.PerformerClass.NonClinical);
        Assert.Contains(entries, e => e.Performer == Chronicle.Domain.Time.PerformerClass.BillingPractitioner);
        Assert.Contains(entries, e => e.Program == Chronicle.Domain.Enrollment.CareProgram.Pcm);
    }
}
