namespace Chronicle.Data;

/// <summary>
/// Configuration section "Database": which database and how to reach it. Read from appsettings
/// and from environment variables (Database__Provider, Database__ConnectionString) by both the
/// web app and the CLI.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>"sqlite" (the embedded default) or "postgres".</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Empty for SQLite means the default file, <see cref="DefaultSqlitePath"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the web app starts. Always done for the embedded default.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>
    /// The embedded database file: ~/.local/share/Chronicle/chronicle.db on Linux,
    /// %LOCALAPPDATA%\Chronicle\chronicle.db on Windows. The web app and the CLI share it.
    /// </summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "Chronicle", "chronicle.db");

    public DatabaseProvider ParsedProvider => Provider.Trim().ToLowerInvariant() switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"Database:Provider is '{Provider}'; use 'sqlite' or 'postgres'."),
    };

    public bool IsEmbeddedDefault => ParsedProvider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(ConnectionString);

    public string EffectiveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (ParsedProvider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is 'postgres'.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(DefaultSqlitePath)!);
        return $"Data Source={DefaultSqlitePath}";
    }
}
