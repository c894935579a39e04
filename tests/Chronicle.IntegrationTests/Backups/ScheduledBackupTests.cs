namespace Chronicle.IntegrationTests.Backups;

using System.Net;
using Chronicle.Application;
using Chronicle.Application.Backups;
using Chronicle.Application.Database;
using Chronicle.Application.Demo;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>Scheduled backups (ADR 0202): when they are due, how many are kept, and what the admin page shows.</summary>
public sealed class ScheduledBackupTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> DueCases => new()
    {
        { "none yet", "2026-12-01 12:00" },
        { "success at 03:00", "2026-12-02 03:00" },
        { "success at 03:00, failure at 09:00", "2026-12-01 10:00" },
        { "success at 03:00, failure at 02:30 the next day", "2026-12-02 03:00" },
        { "failure at 09:00", "2026-12-01 10:00" },
    };

    [Theory]
    [MemberData(nameof(DueCases))]
    public void The_next_backup_is_due_an_interval_after_the_last_success_or_within_the_hour_after_a_failure(string history, string due)
    {
        BackupAttempt? At(string word, int day, int hour, int minute) => history.Contains($"{word} at {hour:00}:{minute:00}", StringComparison.Ordinal)
            ? new BackupAttempt(new DateTimeOffset(2026, 12, day, hour, minute, 0, TimeSpan.Zero), null, null, null)
            : null;
        var success = At("success", 1, 3, 0);
        var failure = At("failure", 1, 9, 0) ?? At("failure", 2, 2, 30);
        var now = history.Contains("next day", StringComparison.Ordinal) ? new DateTimeOffset(2026, 12, 2, 2, 30, 0, TimeSpan.Zero) : Noon;

        var next = new BackupStatus(success, failure).NextDue(TimeSpan.FromDays(1), now);

        Assert.Equal(due, next.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scheduled_backups_keep_the_newest_and_record_the_last_success(string provider)
    {
        using var world = new BackupWorld();
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Noon);
        var settings = new BackupSettings { Folder = world.Folder, Keep = 2 };
        await using var services = Services(database, clock, settings);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MigrateDatabase>().ExecuteAsync(Ct);
        }

        // A pre-migration backup in the folder is never pruned by the schedule.
        await File.WriteAllTextAsync(world.File("chronicle-before-20261207102523_Access-20261101T000000Z.chronicle-backup"), "kept", Ct);
        var statuses = new List<BackupStatus>();
        for (var day = 0; day < 3; day++)
        {
            await using var scope = services.CreateAsyncScope();
            statuses.Add(await scope.ServiceProvider.GetRequiredService<RunScheduledBackup>().ExecuteAsync(Ct));
            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(
            ["chronicle-20261202T120000Z.chronicle-backup", "chronicle-20261203T120000Z.chronicle-backup", "chronicle-before-20261207102523_Access-20261101T000000Z.chronicle-backup"],
            Directory.GetFiles(world.Folder, "*.chronicle-backup").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(statuses, s => Assert.Null(s.LastFailure));
        Assert.Equal(world.File("chronicle-20261203T120000Z.chronicle-backup"), statuses[^1].LastSuccess!.File);
        Assert.Equal(Noon.AddDays(2), (await new RunScheduledBackup(null!, database.Options, settings, clock).StatusAsync(Ct)).LastSuccess!.At);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_admin_page_shows_the_last_success_and_leads_with_a_failure_after_it(string provider)
    {
        using var world = new BackupWorld();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database).WithWebHostBuilder(b => b.UseSetting("Backups:Folder", world.Folder));
        await BackupStatusFile.WriteAsync(world.Folder, new BackupStatus(
            new BackupAttempt(Noon, world.File("chronicle-20261201T120000Z.chronicle-backup"), 1024, null),
            new BackupAttempt(Noon.AddDays(1), null, null, "No space left on device")), Ct);
        using var admin = await app.SignedInClientAsync(DemoSignIns.Admin);
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var page = await admin.GetStringAsync(new Uri("/Admin/Backups", UriKind.Relative), Ct);
        using var refused = await nurse.GetAsync(new Uri("/Admin/Backups", UriKind.Relative), Ct);

        Assert.Contains("The last backup failed at 2026-12-02 12:00 UTC: No space left on device", page, StringComparison.Ordinal);
        Assert.Contains("2026-12-01 12:00 UTC: chronicle-20261201T120000Z.chronicle-backup", page, StringComparison.Ordinal);
        Assert.Contains(world.Folder, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static ServiceProvider Services(TestDatabase database, TimeProvider clock, BackupSettings settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddSingleton(settings);
        services.AddSingleton<IActorContext>(new FixedActorContext(SystemActor.Value));
        services.AddLogging();
        services.AddChronicleApplication(database.Options);
        return services.BuildServiceProvider();
    }
}
