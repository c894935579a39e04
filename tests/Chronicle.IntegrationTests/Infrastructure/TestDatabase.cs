namespace Chronicle.IntegrationTests.Infrastructure;

using Chronicle.Application.Claims;
using Chronicle.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

/// <summary>
/// A fresh, empty database for one test: a new SQLite file, or a new PostgreSQL database created
/// on the server named by CHRONICLE_TEST_POSTGRES and dropped afterwards. The same test body runs
/// against both through <see cref="Providers"/>.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseOptions options, string? sqliteFile, string? postgresName)
    {
        Options = options;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;

        // The SQLite database keeps its audit key beside its file by default; PostgreSQL is given one.
        AuditKeyFile = sqliteFile is not null
            ? sqliteFile + ".audit-keys.json"
            : Path.Combine(Path.GetTempPath(), $"chronicle-test-{Guid.NewGuid():N}.audit-keys.json");
    }

    public static TheoryData<string> Providers => new("sqlite", "postgres");

    public DatabaseOptions Options { get; }

    /// <summary>The audit trail's key file (ADR 0070), made by the app or the CLI on first use.</summary>
    public string AuditKeyFile { get; }

    /// <summary>The same settings as configuration keys, for the web app and the CLI, which run on the tests' clock.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(ClaimSettings.Concat(Chronicle.Tests.Common.TestClock.Settings))
    {
        ["Database:Provider"] = Options.Provider,
        ["Database:ConnectionString"] = Options.ConnectionString,
        ["Database:MigrateOnStartup"] = "true",
        ["Audit:KeyFile"] = AuditKeyFile,
    };

    /// <summary>The claim-file settings of every test host (ADR 0221: the code has no defaults; test files, usage T).</summary>
    public static IReadOnlyDictionary<string, string?> ClaimSettings { get; } = new Dictionary<string, string?>
    {
        ["Chronicle:Claims:SubmitterId"] = "CHRONICLETEST",
        ["Chronicle:Claims:SubmitterName"] = "Chronicle Test Submitter",
        ["Chronicle:Claims:Usage"] = "T",
        ["Chronicle:Claims:InterchangeSenderId"] = "CHRONICLETEST",
        ["Chronicle:Claims:InterchangeSenderQualifier"] = "ZZ",
    };

    /// <summary>Adds the claim-file settings to services a test builds itself, bound as the hosts bind them.</summary>
    public static IServiceCollection AddTestClaimFiles(IServiceCollection services) =>
        services.AddClaimFileOptions(new ConfigurationBuilder().AddInMemoryCollection(ClaimSettings).Build());

    /// <summary>Whether this is the seeded demo other test databases are copied from (<see cref="SeededDemoTemplate"/>).</summary>
    public bool IsTemplate { get; private init; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == "sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), $"chronicle-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(new DatabaseOptions { Provider = "sqlite", ConnectionString = $"Data Source={file};Pooling=False" }, file, null);
        }

        var admin = TestEnvironment.PostgresConnectionString;
        if (admin is null)
        {
            if (TestEnvironment.RequireAll)
            {
                Assert.Fail("CHRONICLE_TEST_POSTGRES is not set, and this run requires the PostgreSQL tests.");
            }

            Assert.Skip("PostgreSQL tests need CHRONICLE_TEST_POSTGRES (a connection string); .ci/run sets it.");
        }

        var name = $"chronicle_t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
        return new TestDatabase(new DatabaseOptions { Provider = "postgres", ConnectionString = builder.ConnectionString }, null, name);
    }

    /// <summary>A database that <see cref="SeededDemoTemplate"/> seeds once and copies from.</summary>
    public static async Task<TestDatabase> CreateTemplateAsync(string provider)
    {
        var database = await CreateAsync(provider);
        return new TestDatabase(database.Options, database._sqliteFile, database._postgresName) { IsTemplate = true };
    }

    /// <summary>Whether nothing has made a table here yet: no migration, no import, no app start.</summary>
    public async Task<bool> HasNoTablesAsync()
    {
        if (_sqliteFile is not null)
        {
            return !File.Exists(_sqliteFile) || new FileInfo(_sqliteFile).Length == 0;
        }

        await using var connection = new NpgsqlConnection(Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')", connection);
        return (long)(await command.ExecuteScalarAsync())! == 0;
    }

    /// <summary>Copies this SQLite database's files over <paramref name="target"/>'s.</summary>
    public void CopySqliteFileTo(TestDatabase target)
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(target._sqliteFile! + suffix);
            if (File.Exists(_sqliteFile + suffix))
            {
                File.Copy(_sqliteFile + suffix, target._sqliteFile! + suffix);
            }
        }
    }

    /// <summary>Replaces this (empty) PostgreSQL database with a copy of <paramref name="template"/>.</summary>
    public async Task RecreateFromPostgresTemplateAsync(TestDatabase template)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{_postgresName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_postgresName}\" TEMPLATE \"{template._postgresName}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    public ChronicleDbContext NewContext() => DatabaseServiceCollectionExtensions.CreateContext(Options);

    public async ValueTask DisposeAsync()
    {
        File.Delete(AuditKeyFile);
        if (_sqliteFile is not null)
        {
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }

        if (_postgresName is not null && TestEnvironment.PostgresConnectionString is { } admin)
        {
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            try
            {
                await command.ExecuteNonQueryAsync();
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                // After a large import an autovacuum worker (a superuser process) may be analysing the
                // database, which FORCE may not end for us; a plain DROP stops autovacuum and waits for it.
                command.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresName}\"";
                await command.ExecuteNonQueryAsync();
            }
        }
    }
}
