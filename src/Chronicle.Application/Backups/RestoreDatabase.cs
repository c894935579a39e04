namespace Chronicle.Application.Backups;

using Chronicle.Application.Common;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// chronicle db restore FILE (ADR 0200): writes a backup into the configured database when, and
/// only when, the file is whole, was made by this schema or an older one, and the database is
/// empty. Each refusal is one line and writes nothing.
/// </summary>
public sealed class RestoreDatabase(ChronicleDbContext db, DatabaseOptions options, BackupSettings settings)
{
    public async Task<Result<RestoreResult>> ExecuteAsync(string file, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        if (!File.Exists(file))
        {
            return new BusinessError(BackupCodes.FileNotFound, $"{file} does not exist; nothing was restored.");
        }

        var copy = Path.Combine(Path.GetTempPath(), $"chronicle-restore-{Guid.NewGuid():N}.copy");
        try
        {
            var (manifest, problem) = await BackupArchive.ReadAsync(file, copy, cancellationToken);
            if (manifest is null)
            {
                return Corrupt(file, problem!);
            }

            var engine = BackupEngines.Create(db, options, settings);
            if (manifest.DatabaseKind != engine.Kind)
            {
                return new BusinessError(BackupCodes.WrongKind,
                    $"{file} is a {manifest.DatabaseKind} backup and the configured database is {engine.Kind}; restore it into a {manifest.DatabaseKind} database (or move between kinds with 'chronicle export csv'); nothing was restored.");
            }

            var known = db.Database.GetMigrations().ToList();
            if (manifest.Migration is { } migration && !known.Contains(migration, StringComparer.Ordinal))
            {
                return new BusinessError(BackupCodes.NewerSchema,
                    $"{file} was made by a newer Chronicle ({manifest.ChronicleVersion}, schema migration {migration}, which this version does not have); restore it with that version or a later one; nothing was restored.");
            }

            if (await engine.CheckCopyAsync(copy, manifest, cancellationToken) is { } damaged)
            {
                return Corrupt(file, damaged);
            }

            var target = await engine.CensusAsync(cancellationToken);
            if (!target.IsEmpty)
            {
                return new BusinessError(BackupCodes.TargetNotEmpty,
                    $"The configured database is not empty (it has rows in {string.Join(", ", target.NonEmptyTables.Take(3))}{(target.NonEmptyTables.Skip(3).Any() ? ", …" : string.Empty)}); restore only into a new, empty database; nothing was restored.");
            }

            if (target.Counts.Count > 0 && target.Migration != manifest.Migration && engine.Kind == "postgres")
            {
                return new BusinessError(BackupCodes.TargetNotEmpty,
                    $"The configured database already has the schema of migration {target.Migration ?? "(none)"}, and the backup is of {manifest.Migration ?? "(none)"}; restore into a new database (createdb) that has no tables; nothing was restored.");
            }

            await engine.RestoreAsync(copy, target, cancellationToken);
            var after = await engine.CensusAsync(cancellationToken);
            var differences = after.DifferencesFrom(manifest.Counts);
            if (differences.Count > 0)
            {
                return new BusinessError(BackupCodes.Corrupt,
                    $"{file} was restored, but the database does not match its manifest ({string.Join("; ", differences.Take(3))}); do not use it: empty it and restore an earlier backup.");
            }

            var pending = manifest.Migration is null ? known.Count : known.Count - known.IndexOf(manifest.Migration) - 1;
            return new RestoreResult(manifest, pending);
        }
        catch (BackupException ex)
        {
            return new BusinessError(ex.Code, ex.Message);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    /// <summary>
    /// Puts a database back from the backup taken just before a failed migration, whatever it holds
    /// now (ADR 0201).
    /// </summary>
    /// <returns>Null when done; else why not.</returns>
    internal async Task<string?> PutBackAsync(string file, CancellationToken cancellationToken)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"chronicle-restore-{Guid.NewGuid():N}.copy");
        try
        {
            var (manifest, problem) = await BackupArchive.ReadAsync(file, copy, cancellationToken);
            if (manifest is null)
            {
                return problem;
            }

            var engine = BackupEngines.Create(db, options, settings);
            await engine.RestoreAsync(copy, await engine.CensusAsync(cancellationToken), cancellationToken);
            var differences = (await engine.CensusAsync(cancellationToken)).DifferencesFrom(manifest.Counts);
            return differences.Count == 0 ? null : string.Join("; ", differences.Take(3));
        }
        catch (BackupException ex)
        {
            return ex.Message;
        }
        catch (System.Data.Common.DbException ex)
        {
            return ex.Message;
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static BusinessError Corrupt(string file, string problem) =>
        new(BackupCodes.Corrupt, $"{file} is not a complete Chronicle backup: {OneLine(problem)}; nothing was restored.");

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

/// <param name="PendingMigrations">Migrations this version has after the backup's: 'chronicle db migrate' applies them.</param>
public sealed record RestoreResult(BackupManifest Manifest, int PendingMigrations);
