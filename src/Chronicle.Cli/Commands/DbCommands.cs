namespace Chronicle.Cli.Commands;

using System.CommandLine;
using Chronicle.Application.Database;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle db migrate</summary>
internal static class DbCommands
{
    public static Command Create(CliRun run)
    {
        var migrate = new Command("migrate", "Create or update the configured database's schema (SQLite or PostgreSQL).");
        migrate.SetAction((_, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            var applied = await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(ct);
            await run.Console.Output.WriteLineAsync(applied.Count == 0
                ? "The database schema is up to date."
                : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return ExitCodes.Ok;
        }, cancellationToken));

        var db = new Command("db", "Database administration.");
        db.Subcommands.Add(migrate);
        return db;
    }
}
