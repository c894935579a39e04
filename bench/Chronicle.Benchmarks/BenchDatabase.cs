namespace Chronicle.Benchmarks;

using Chronicle.Data;
using Npgsql;

/// <summary>
/// A fresh database for one run, dropped afterwards: a temporary SQLite file, or a new PostgreSQL
/// database created through CHRONICLE_BENCH_POSTGRES (else CHRONICLE_TEST_POSTGRES), a connection
/// string of a role that may create databases.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _file;
    private readonly string? _admin;
    private readonly string? _name;

    private BenchDatabase(DatabaseOptions options, string? file, string? admin, string? name)
    {
        Options = options;
        _file = file;
        _admin = admin;
        _name = name;
    }

    public DatabaseOptions Options { get; }

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Options.Provider,
        ["Database:ConnectionString"] = Options.ConnectionString,
        ["Database:MigrateOnStartup"] = "false",
        ["Demo:SeedOnEmptyDatabase"] = "false",
    };

    public static async Task<BenchDatabase> CreateAsync(string provider, CancellationToken cancellationToken)
    {
        if (provider == "sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), $"chronicle-bench-{Guid.NewGuid():N}.db");
            return new BenchDatabase(new DatabaseOptions { Provider = "sqlite", ConnectionString = $"Data Source={file}" }, file, null, null);
        }

        var admin = Environment.GetEnvironmentVariable("CHRONICLE_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("CHRONICLE_TEST_POSTGRES")
            ?? throw new BenchException("PostgreSQL: set CHRONICLE_BENCH_POSTGRES to the connection string of a role that may create databases.");
        var name = $"chronicle_bench_{Guid.NewGuid():N}";
        try
        {
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw new BenchException($"PostgreSQL: could not create a benchmark database: {ex.Message}");
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new BenchDatabase(new DatabaseOptions { Provider = "postgres", ConnectionString = builder.ConnectionString }, null, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _file, _file + "-wal", _file + "-shm", _file + "-journal" })
            {
                File.Delete(file);
            }
        }

        if (_admin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            if (await DropAsync() is { } problem)
            {
                // The figures are already measured; a database left behind is the operator's to drop, not a failed run.
                await Console.Error.WriteLineAsync($"warning: the benchmark database \"{_name}\" could not be dropped ({problem}); drop it by hand.");
            }
        }
    }

    /// <summary>
    /// A plain DROP first: PostgreSQL cancels its own autovacuum workers for it (busy after a bulk
    /// load), which DROP … WITH (FORCE) would try to terminate and a role without
    /// pg_signal_backend may not. FORCE only when sessions of ours still linger.
    /// </summary>
    private async Task<string?> DropAsync()
    {
        string? problem = null;
        foreach (var force in new[] { false, false, false, true })
        {
            try
            {
                await using var connection = new NpgsqlConnection(_admin);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\"{(force ? " WITH (FORCE)" : string.Empty)}", connection);
                await command.ExecuteNonQueryAsync();
                return null;
            }
            catch (NpgsqlException ex)
            {
                problem = ex.Message;
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
        }

        return problem;
    }
}
