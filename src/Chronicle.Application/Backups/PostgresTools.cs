namespace Chronicle.Application.Backups;

using System.Diagnostics;
using System.Globalization;
using Npgsql;

/// <summary>
/// Finds and runs pg_dump and pg_restore. They must be of the server's major version (an older
/// pg_dump refuses a newer server), so a tool on PATH of another version is passed over for the
/// one in the configured folder or in Debian's /usr/lib/postgresql/&lt;major&gt;/bin. The password
/// reaches them through the environment, never the command line.
/// </summary>
internal sealed class PostgresTools(BackupSettings settings)
{
    public async Task<string> FindAsync(string tool, int serverMajor, CancellationToken cancellationToken)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(settings.PostgresBin))
        {
            candidates.Add(Path.Combine(settings.PostgresBin, tool));
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        candidates.AddRange(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(folder => Path.Combine(folder, tool)));
        candidates.Add(Path.Combine("/usr/lib/postgresql", serverMajor.ToString(CultureInfo.InvariantCulture), "bin", tool));
        var seen = new List<string>();
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            var file = OperatingSystem.IsWindows() ? candidate + ".exe" : candidate;
            if (!File.Exists(file))
            {
                continue;
            }

            var version = await VersionAsync(file, cancellationToken);
            if (version == serverMajor)
            {
                return file;
            }

            seen.Add($"{file} is version {version?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}");
        }

        var found = seen.Count == 0 ? "none was found on PATH" : string.Join("; ", seen);
        var major = serverMajor.ToString(CultureInfo.InvariantCulture);
        throw new BackupException(BackupCodes.ToolMissing,
            $"{tool} of PostgreSQL {major} is needed ({found}). Install the PostgreSQL {major} client tools " +
            $"(Debian/Ubuntu: apt-get install postgresql-client-{major}; other systems: the PostgreSQL {major} client package), " +
            "or set Backups:PostgresBin to the folder that holds them.");
    }

    /// <summary>Runs a tool against the database of the connection string; throws with its first error line on failure.</summary>
    public static async Task RunAsync(string tool, IEnumerable<string> arguments, string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = connection.Host ?? "localhost";
        start.Environment["PGPORT"] = connection.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database ?? string.Empty;
        start.Environment["PGUSER"] = connection.Username ?? Environment.UserName;
        if (connection.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        start.Environment["PGSSLMODE"] = connection.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };
        using var process = Process.Start(start) ?? throw new BackupException(BackupCodes.ToolFailed, $"{tool} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await output;
        var error = await errors;
        if (process.ExitCode != 0)
        {
            var first = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
            throw new BackupException(BackupCodes.ToolFailed, string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(tool)} failed (exit {process.ExitCode}): {first}"));
        }
    }

    private static async Task<int?> VersionAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            var start = new ProcessStartInfo(file, "--version") { RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            // "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"
            var text = await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var word = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(2).FirstOrDefault() ?? string.Empty;
            return int.TryParse(word.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
