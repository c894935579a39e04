namespace Chronicle.IntegrationTests.Backups;

using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chronicle.Application.Backups;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>chronicle db backup and db restore on both databases (ADR 0200).</summary>
public sealed class BackupRestoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_backup_taken_while_twenty_clients_post_time_restores_every_answered_entry_and_a_chain_that_verifies(string provider)
    {
        using var world = new BackupWorld();
        await using var source = await TestDatabase.CreateAsync(provider);
        await using var target = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(source);
        app.CreateClient().Dispose();
        Guid patient;
        await using (var db = source.NewContext())
        {
            patient = (await db.Patients.SingleAsync(p => p.Mrn == "RB1001", Ct)).Id.Value;
        }

        var clients = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => app.SignedInClientAsync(DemoSignIns.CareManager)));
        var answered = new ConcurrentBag<(Guid Id, bool BeforeBackup)>();
        var backupBegan = 0;
        using var stop = new CancellationTokenSource();
        var writers = clients.Select((client, c) => Task.Run(async () =>
        {
            // Client c's k-th entry has its own quarter hour of September 2026: one person, no overlaps.
            for (var k = 0; !stop.IsCancellationRequested && k < 40; k++)
            {
                var start = new DateTime(2026, 9, 1, 0, 0, 0).AddMinutes(((c * 40) + k) * 15);
                using var response = await client.PostAsJsonAsync(
                    new Uri($"/api/v1/patients/{patient}/time", UriKind.Relative),
                    new { program = "ccm", activity = "phone-call", start = start.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), durationSeconds = 300, reason = "Backfill from the paper log" },
                    Ct);
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
                answered.Add((body.GetProperty("id").GetGuid(), Volatile.Read(ref backupBegan) == 0));
            }
        }, Ct)).ToList();

        // Back up in the middle of the writing: after some answers, while the rest are still coming.
        while (answered.Count < 60 && !writers.All(w => w.IsCompleted))
        {
            await Task.Delay(20, Ct);
        }

        Volatile.Write(ref backupBegan, 1);
        var backup = world.File("live.chronicle-backup");
        var backedUp = await world.RunAsync(source, "db", "backup", "--out", backup);
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var restored = await world.RunAsync(target, source, "db", "restore", backup);
        var verified = await world.RunAsync(target, source, "audit", "verify");

        Assert.True(backedUp.ExitCode == 0, backedUp.ToString());
        Assert.True(restored.ExitCode == 0, restored.ToString());
        Assert.True(verified.ExitCode == 0, verified.ToString());
        var manifest = BackupWorld.ReadManifest(backup);
        var before = answered.Where(a => a.BeforeBackup).Select(a => a.Id).ToList();
        await using (var db = target.NewContext())
        {
            var present = (await db.TimeEntries.Select(e => e.Id).ToListAsync(Ct)).Select(id => id.Value).ToHashSet();
            Assert.NotEmpty(before);
            Assert.All(before, id => Assert.Contains(id, present));
            Assert.Equal(manifest.Counts["TimeEntries"], present.Count);
            Assert.Equal(manifest.Counts["AuditEvents"], await db.AuditEvents.CountAsync(Ct));
            Assert.Equal(manifest.AuditSequence, await db.AuditEvents.MaxAsync(e => e.Sequence, Ct));
        }

        Assert.Equal(manifest.Counts, await CountsAsync(target));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Restore_refuses_a_cut_short_file_a_newer_schema_and_a_non_empty_database_with_one_line_each_and_changes_nothing(string provider)
    {
        using var world = new BackupWorld();
        await using var source = await TestDatabase.CreateAsync(provider);
        await using var empty = await TestDatabase.CreateAsync(provider);
        await using var busy = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync(source, "demo", "seed")).ExitCode);
        Assert.Equal(0, (await world.RunAsync(busy, "demo", "seed")).ExitCode);
        var backup = world.File("good.chronicle-backup");
        Assert.Equal(0, (await world.RunAsync(source, "db", "backup", "--out", backup)).ExitCode);
        var bytes = await File.ReadAllBytesAsync(backup, Ct);
        var cut = world.File("cut.chronicle-backup");
        await File.WriteAllBytesAsync(cut, bytes[..(bytes.Length / 2)], Ct);
        var flipped = world.File("flipped.chronicle-backup");
        bytes[bytes.Length / 3] ^= 0xFF;
        await File.WriteAllBytesAsync(flipped, bytes, Ct);
        var newer = world.File("newer.chronicle-backup");
        BackupWorld.WriteFromNewerSchema(backup, newer);
        var emptyBefore = await BackupWorld.CensusAsync(empty);
        var busyBefore = await BackupWorld.CensusAsync(busy);

        var cutShort = await world.RunAsync(empty, source, "db", "restore", cut);
        var damaged = await world.RunAsync(empty, source, "db", "restore", flipped);
        var fromTheFuture = await world.RunAsync(empty, source, "db", "restore", newer);
        var notEmpty = await world.RunAsync(busy, source, "db", "restore", backup);

        AssertRefused(cutShort, BackupCodes.Corrupt, "cut short");
        AssertRefused(damaged, BackupCodes.Corrupt, "not a complete Chronicle backup");
        AssertRefused(fromTheFuture, BackupCodes.NewerSchema, "29991231235959_FromTheFuture");
        AssertRefused(notEmpty, BackupCodes.TargetNotEmpty, "not empty");
        Assert.Equal(emptyBefore, await BackupWorld.CensusAsync(empty));
        Assert.Equal(busyBefore, await BackupWorld.CensusAsync(busy));

        // The good file still restores into the empty database afterwards.
        var restored = await world.RunAsync(empty, source, "db", "restore", backup);
        Assert.True(restored.ExitCode == 0, restored.ToString());
        Assert.Equal(await BackupWorld.CensusAsync(source), await BackupWorld.CensusAsync(empty));
    }

    private static void AssertRefused(CliResult result, string code, string says)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {code}: ", line, StringComparison.Ordinal);
        Assert.Contains(says, line, StringComparison.Ordinal);
        Assert.EndsWith("nothing was restored.", line.TrimEnd(), StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyDictionary<string, long>> CountsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync(Ct);
        return (await DatabaseCensus.TakeAsync(db.Database.GetDbConnection(), null, database.Options.ParsedProvider, Ct)).Counts;
    }
}
