namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Backups;
using Chronicle.Application.Database;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle db migrate | backup | restore (docs/adr/0200-backups-and-restores.md).</summary>
internal static class DbCommands
{
    public static Command Create(CliRun run)
    {
        var db = new Command("db", "Database administration: schema, backups, restores.");
        db.Subcommands.Add(Migrate(run));
        db.Subcommands.Add(Backup(run));
        db.Subcommands.Add(Restore(run));
        return db;
    }

    private static Command Migrate(CliRun run)
    {
        var noBackup = new Option<bool>("--no-backup") { Description = "Do not back the database up before applying migrations (a failed migration then cannot be undone on SQLite)." };
        var migrate = new Command("migrate", "Create or update the configured database's schema (SQLite or PostgreSQL), backing it up first.") { noBackup };
        migrate.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            var outcome = await services.GetRequiredService<MigrateDatabase>().MigrateAsync(!parse.GetValue(noBackup), ct);
            if (outcome.BackupFile is { } backup)
            {
                await run.Console.Output.WriteLineAsync($"Backed up the database before migrating: {backup}");
            }

            await run.Console.Output.WriteLineAsync(outcome.Applied.Count == 0
                ? "The database schema is up to date."
                : $"Applied {outcome.Applied.Count} migration(s): {string.Join(", ", outcome.Applied)}");
            return ExitCodes.Ok;
        }, cancellationToken));
        return migrate;
    }

    private static Command Backup(CliRun run)
    {
        var output = new Option<FileInfo>("--out") { Description = $"The backup file to write (e.g. chronicle-2026-12-07{BackupDatabase.Extension}); replaced if it exists.", Required = true };
        var json = CommonOptions.JsonOption();
        var command = new Command("backup", "Write a consistent backup of the configured database while it keeps serving (SQLite online backup, or pg_dump).") { output, json };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<BackupDatabase>().ExecuteAsync(parse.GetValue(output)!.FullName, ct);
            if (result.Value is not { } done)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(new { file = done.File, bytes = done.Bytes, manifest = done.Manifest }, CommonOptions.Json));
                return ExitCodes.Ok;
            }

            var m = done.Manifest;
            await run.Console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Backed up the {m.DatabaseKind} database to {done.File} ({done.Bytes / 1024.0:0.#} KiB): schema {m.Migration ?? "(none)"}, {m.TotalRows} rows in {m.Counts.Count} tables, audit chain head {m.AuditSequence?.ToString(CultureInfo.InvariantCulture) ?? "(no events)"}."));
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Restore(CliRun run)
    {
        var file = new Argument<FileInfo>("file") { Description = "A backup written by 'chronicle db backup' (or a scheduled or pre-migration backup)." };
        var json = CommonOptions.JsonOption();
        var command = new Command("restore", "Restore a backup into the configured database, which must be empty; refuses a damaged file or a newer schema.") { file, json };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            // No migration first: the database must be empty, and the backup brings its own schema.
            var path = parse.GetValue(file)!.FullName;
            var result = await services.GetRequiredService<RestoreDatabase>().ExecuteAsync(path, ct);
            if (result.Value is not { } done)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(new { file = path, done.PendingMigrations, manifest = done.Manifest }, CommonOptions.Json));
                return ExitCodes.Ok;
            }

            var m = done.Manifest;
            await run.Console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Restored {path} (taken {m.CreatedAt:yyyy-MM-dd HH:mm} UTC by Chronicle {m.ChronicleVersion}): {m.TotalRows} rows in {m.Counts.Count} tables, matching its manifest."));
            if (done.PendingMigrations > 0)
            {
                await run.Console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"The backup's schema is older than this version's: run 'chronicle db migrate' to apply {done.PendingMigrations} migration(s)."));
            }

            await run.Console.Output.WriteLineAsync("Check the audit trail with 'chronicle audit verify' (it needs the audit key the backup's events were signed with).");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
