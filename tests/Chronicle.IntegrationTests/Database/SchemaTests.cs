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
}
