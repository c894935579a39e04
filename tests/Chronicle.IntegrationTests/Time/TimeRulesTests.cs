namespace Chronicle.IntegrationTests.Time;

using System.Text.Json;
using Chronicle.Application.Common;
using Chronicle.Application.Demo;
using Chronicle.Application.Time.Rules;
using Chronicle.Domain.Time;
using Chronicle.IntegrationTests.Audit;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The practice's own time rules: set by an administrator (page or CLI), obeyed by the ledger.</summary>
public sealed class TimeRulesTests
{
    private static readonly DateTimeOffset FebruarySecond = new(2026, 2, 2, 23, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_longer_back_date_limit_lets_older_entries_in_without_a_reason(string provider)
    {
        await using var world = await TimeWorld.CreateAsync(provider, FebruarySecond);

        var before = await world.LogAsync("LK1001", "LS-02", "2026-01-10T09:00", 20);
        var set = await world.RunAsync<PracticeTimeRules, Result<TimeRulesView>>(u => u.SetAsync(null, 30, 90, Ct));
        var after = await world.LogAsync("LK1001", "LS-02", "2026-01-10T09:00", 20);
        var tooOld = await world.LogAsync("LK1001", "LS-02", "2025-12-20T09:00", 20);

        Assert.Equal(TimeCodes.BackdateReason, before.Error?.Code);
        Assert.Equal(new TimeRulesView(30, 90, 12 * 60, true), set.Value);
        Assert.True(after.Succeeded, after.Error?.ToString());
        Assert.Equal(TimeCodes.BackdateReason, tooOld.Error?.Code);
        Assert.Contains(await AuditData.EventsAsync(world.Database), e => e.Action == "update" && e.What == "time rules: back-date limit 30 days, long timer 90 min");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Out_of_range_rules_and_non_administrators_are_refused_and_nothing_changes(string provider)
    {
        await using var world = await TimeWorld.CreateAsync(provider, FebruarySecond);
        var careManager = await world.UserForAsync("LS-02");

        var days = await world.RunAsync<PracticeTimeRules, Result<TimeRulesView>>(u => u.SetAsync(null, 400, 90, Ct));
        var minutes = await world.RunAsync<PracticeTimeRules, Result<TimeRulesView>>(u => u.SetAsync(null, 7, 5, Ct));
        await using var services = world.Services(careManager);
        await using var scope = services.CreateAsyncScope();
        var notAdmin = await scope.ServiceProvider.GetRequiredService<PracticeTimeRules>().SetAsync(null, 30, 90, Ct);
        var current = await world.RunAsync<PracticeTimeRules, Result<TimeRulesView>>(u => u.GetAsync(null, Ct));

        Assert.Equal(PracticeTimeRules.InvalidBackdateCode, days.Error?.Code);
        Assert.Contains("400", days.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(PracticeTimeRules.InvalidLongTimerCode, minutes.Error?.Code);
        Assert.Equal(PracticeTimeRules.NotAllowedCode, notAdmin.Error?.Code);
        Assert.Equal(new TimeRulesView(7, 120, 12 * 60, false), current.Value);
        await using var db = world.Database.NewContext();
        Assert.Equal(0, await db.PracticeTimePolicies.CountAsync(Ct));
    }

    [Fact]
    public async Task An_administrator_changes_the_rules_on_the_page_and_a_typo_is_marked_on_its_field()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var admin = await app.SignedInClientAsync(DemoSignIns.Admin);

        var initial = PageHtml.Text(await PageHtml.GetAsync(admin, "/Admin/TimeRules"));
        using var saved = await admin.PostFormAsync("/Admin/TimeRules", "/Admin/TimeRules", ("BackdateDays", "14"), ("LongTimerMinutes", "90"));
        using var typo = await admin.PostFormAsync("/Admin/TimeRules", "/Admin/TimeRules", ("BackdateDays", "fourteen"), ("LongTimerMinutes", "90"));
        var typoHtml = await typo.Content.ReadAsStringAsync(Ct);

        Assert.Contains("The defaults apply", initial, StringComparison.Ordinal);
        Assert.Contains("entries dated more than 14 days back need a reason; a timer running past 90 minutes asks", PageHtml.Text(await saved.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Contains("&#x27;fourteen&#x27; is not", typoHtml, StringComparison.Ordinal);
        Assert.Matches("id=\"backdate-days\"[^>]*aria-invalid=\"true\"", typoHtml);
        Assert.Contains("The practice's own rules apply", PageHtml.Text(await PageHtml.GetAsync(admin, "/Admin/TimeRules")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_command_line_shows_and_changes_the_rules(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Csv.CsvFiles.ImportFixturesAsync(database, "practice");

        var shown = await CliRunner.RunAsync(database, "time", "rules", "--json");
        var changed = await CliRunner.RunAsync(database, "time", "rules", "--backdate-days", "10", "--long-timer-minutes", "60", "--json");
        var half = await CliRunner.RunAsync(database, "time", "rules", "--backdate-days", "10");
        var wrong = await CliRunner.RunAsync(database, "time", "rules", "--backdate-days", "10", "--long-timer-minutes", "1");

        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.False(JsonDocument.Parse(shown.Output).RootElement.GetProperty("customized").GetBoolean());
        Assert.True(changed.ExitCode == 0, changed.ToString());
        using var json = JsonDocument.Parse(changed.Output);
        Assert.Equal(10, json.RootElement.GetProperty("backdateDays").GetInt32());
        Assert.Equal(60, json.RootElement.GetProperty("longTimerMinutes").GetInt32());
        Assert.Equal(1, half.ExitCode);
        Assert.Contains("give both", half.Error, StringComparison.Ordinal);
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains(PracticeTimeRules.InvalidLongTimerCode, wrong.Error, StringComparison.Ordinal);
    }
}
