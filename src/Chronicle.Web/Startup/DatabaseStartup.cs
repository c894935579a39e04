namespace Chronicle.Web.Startup;

using Chronicle.Application.Database;
using Chronicle.Application.Demo;
using Chronicle.Data;

internal static partial class DatabaseStartup
{
    /// <summary>
    /// The embedded SQLite default migrates itself so that 'dotnet run' works on a fresh machine;
    /// other databases migrate here only when Database:MigrateOnStartup says so (production uses
    /// 'chronicle db migrate'). An empty database then receives the demo practice when Demo:SeedOnEmptyDatabase,
    /// but in production only the embedded database does: the demo's sign-ins have a published
    /// password, and must never appear in a real installation by accident.
    /// </summary>
    /// <returns>False, after one line on standard error, when the database cannot be used as configured.</returns>
    public static async Task<bool> TryPrepareDatabaseAsync(this WebApplication app)
    {
        try
        {
            await app.PrepareDatabaseAsync();
            return true;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Database:", StringComparison.Ordinal))
        {
            // A configuration the operator must change: the reason, not a stack trace.
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return false;
        }
    }

    private static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Chronicle.Startup");
        await using var scope = app.Services.CreateAsyncScope();
        if (options.IsEmbeddedDefault || options.MigrateOnStartup)
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<MigrateDatabase>().MigrateAsync(backupFirst: true, app.Lifetime.ApplicationStopping);
            if (outcome.BackupFile is { } backup)
            {
                // Said on the console as well as logged: the operator upgrading wants to know where it is.
                Console.WriteLine($"Backed up the database before migrating: {backup}");
                LogBackedUp(logger, backup);
            }

            LogMigrated(logger, outcome.Applied.Count, options.IsEmbeddedDefault ? DatabaseOptions.DefaultSqlitePath : options.ParsedProvider.ToString());
        }

        if (app.Configuration.GetValue("Demo:SeedOnEmptyDatabase", false) && (options.IsEmbeddedDefault || !app.Environment.IsProduction()))
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<SeedDemoPractice>().SeedIfEmptyAsync(app.Lifetime.ApplicationStopping);
            if (seeded)
            {
                LogSeeded(logger);

                // Issue 17: the rural health clinic beside the office, with its closed month and exported 837I
                // (Demo:SeedRuralHealthClinic false leaves it out, as the test host does unless a test asks for it).
                if (app.Configuration.GetValue("Demo:SeedRuralHealthClinic", true)
                    && (await scope.ServiceProvider.GetRequiredService<SeedRhcPractice>().SeedAsync(app.Lifetime.ApplicationStopping)).Error is { } error)
                {
                    LogClinicNotSeeded(logger, error.Message);
                }
            }
        }
    }

    public static void AnnounceUrls(this WebApplication app)
    {
        foreach (var url in app.Urls)
        {
            Console.WriteLine($"Chronicle is running at {url}  (Ctrl+C to stop)");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready: {Count} migrations applied ({Where})")]
    private static partial void LogMigrated(ILogger logger, int count, string where);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backed up the database before migrating: {File}")]
    private static partial void LogBackedUp(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Empty database: demo practice seeded, with its demo sign-ins and their published password; never use this database for real patients")]
    private static partial void LogSeeded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo rural health clinic was not completed: {Reason}")]
    private static partial void LogClinicNotSeeded(ILogger logger, string reason);
}
