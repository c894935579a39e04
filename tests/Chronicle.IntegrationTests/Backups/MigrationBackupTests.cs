namespace Chronicle.IntegrationTests.Backups;

using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

/// <summary>db migrate backs up a database that has a schema, and a failed migration leaves it as it was (ADR 0201).</summary>
public sealed class MigrationBackupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_backs_up_an_older_schema_first_and_says_where(string provider)
    {
        using var world = new BackupWorld();
        await using var database = await TestDatabase.CreateAsync(provider);
        var older = await MigrateToAsync(database, "_Locks");

        var migrated = await world.RunAsync(database, "db", "migrate");
        var again = await world.RunAsync(database, "db", "migrate");

        Assert.True(migrated.ExitCode == 0, migrated.ToString());
        var backup = Assert.Single(Directory.GetFiles(world.Folder, "chronicle-before-*.chronicle-backup"));
        Assert.Contains($"Backed up the database before migrating: {backup}", migrated.Output, StringComparison.Ordinal);
        Assert.Equal(older, BackupWorld.ReadManifest(backup).Migration);
        Assert.Equal("The database schema is up to date.", again.Output.Trim());
        Assert.Single(Directory.GetFiles(world.Folder, "*.chronicle-backup"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failed_migration_leaves_the_database_as_it_was(string provider)
    {
        using var world = new BackupWorld();
        await using var database = await TestDatabase.CreateAsync(provider);
        await MigrateToAsync(database, "_Locks");
        await using (var db = database.NewContext())
        {
            // Some rows to keep, and the column a later migration (Access) adds, so that it fails
            // after an earlier pending one (Codesets) has succeeded.
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"AuditChainHeads\" (\"Id\", \"Sequence\", \"Hash\") VALUES (1, 0, {new string('0', 64)})", Ct);
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEvents\" ADD COLUMN \"KeyId\" varchar(40)", Ct);
        }

        var before = await BackupWorld.CensusAsync(database);

        var failed = await world.RunAsync(database, "db", "migrate");

        Assert.True(failed.ExitCode == 1, failed.ToString());
        var line = Assert.Single(failed.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: Database: the migration failed", line, StringComparison.Ordinal);
        Assert.Contains("as it was", line, StringComparison.Ordinal);
        Assert.Equal(before, await BackupWorld.CensusAsync(database));
        Assert.DoesNotContain("RuleYears", before, StringComparison.Ordinal);
    }

    /// <returns>The migration the database is now at.</returns>
    private static async Task<string> MigrateToAsync(TestDatabase database, string suffix)
    {
        await using var db = database.NewContext();
        var migration = db.Database.GetMigrations().Single(m => m.EndsWith(suffix, StringComparison.Ordinal));
        await db.GetService<IMigrator>().MigrateAsync(migration, Ct);
        return migration;
    }
}
