namespace Chronicle.IntegrationTests.Database;

using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

public sealed class SchemaTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_model_has_no_changes_missing_from_the_migrations(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} model differs from its migrations: run 'dotnet ef migrations add' for that context.");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Db_migrate_creates_the_schema_and_a_second_run_changes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await CliRunner.RunAsync(database, "db", "migrate");
        var second = await CliRunner.RunAsync(database, "db", "migrate");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Applied", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("up to date", second.Output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_database_made_by_another_version_is_refused_by_name_and_left_as_it_was(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await CliRunner.RunAsync(database, "db", "migrate")).ExitCode);
        await using (var db = database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('20250101000000_FromAnotherVersion', '10.0.0')""", ct);
        }

        var result = await CliRunner.RunAsync(database, "db", "migrate");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("created by another version of Chronicle", result.Error, StringComparison.Ordinal);
        Assert.Contains("20250101000000_FromAnotherVersion", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        await using var after = database.NewContext();
        // This build's migrations plus the foreign one, untouched (not a fixed count: branches add migrations).
        Assert.Equal(after.Database.GetMigrations().Count() + 1, (await after.Database.GetAppliedMigrationsAsync(ct)).Count());
    }
}
