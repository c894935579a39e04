namespace Chronicle.IntegrationTests.Infrastructure;

using System.Collections.Concurrent;
using Npgsql;

/// <summary>
/// The demo practice as the web app seeds it on an empty database, made once per provider and test
/// run and then copied into each fresh test database whose app would seed it: a file copy on
/// SQLite, <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL. Migrating and seeding take seconds per
/// app, copying a fraction of one; with hundreds of apps this is most of the suite's time.
/// </summary>
/// <remarks>
/// The copy is what the app would have made itself: the same migrations, the same seeding code on
/// the same test clock, and the audit key file that signed the seeded events travels with it. Only
/// a database that has no tables yet receives it; one a test has already touched (a CLI import, a
/// migration of its own) is left to the app, and so is every app with settings of its own or
/// another environment. <c>CHRONICLE_TEST_SEED_EACH=1</c> turns the copies off, so every app seeds
/// for itself as before.
/// </remarks>
internal static class SeededDemoTemplate
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<TestDatabase>>> Templates = new(StringComparer.Ordinal);
    private static readonly SemaphoreSlim PostgresCopies = new(1, 1);

    static SeededDemoTemplate() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplates();

    private static bool Disabled => Environment.GetEnvironmentVariable("CHRONICLE_TEST_SEED_EACH") == "1";

    /// <summary>Copies the seeded demo into <paramref name="target"/> when it is still without tables; answers whether it did.</summary>
    public static bool TryCopyInto(TestDatabase target)
    {
        if (Disabled || target.IsTemplate)
        {
            return false;
        }

        // Off the caller's synchronisation context: the host builder calls this synchronously.
        return Task.Run(() => CopyAsync(target)).GetAwaiter().GetResult();
    }

    private static async Task<bool> CopyAsync(TestDatabase target)
    {
        if (!await target.HasNoTablesAsync())
        {
            return false;
        }

        var template = await Templates.GetOrAdd(target.Options.Provider, provider => new Lazy<Task<TestDatabase>>(() => CreateAsync(provider))).Value;
        if (target.Options.Provider == "sqlite")
        {
            template.CopySqliteFileTo(target);
        }
        else
        {
            await PostgresCopies.WaitAsync();
            try
            {
                await target.RecreateFromPostgresTemplateAsync(template);
            }
            finally
            {
                PostgresCopies.Release();
            }
        }

        File.Copy(template.AuditKeyFile, target.AuditKeyFile, overwrite: true);
        return true;
    }

    private static async Task<TestDatabase> CreateAsync(string provider)
    {
        var template = await TestDatabase.CreateTemplateAsync(provider);
        await using (var app = new ChronicleAppFactory(template))
        {
            // Starting the host migrates and seeds, exactly as on a test's own first request.
            app.CreateClient().Dispose();
        }

        return template;
    }

    private static void DropTemplates()
    {
        foreach (var template in Templates.Values.Where(t => t.IsValueCreated && t.Value.IsCompletedSuccessfully))
        {
            try
            {
                template.Value.Result.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(30));
            }
            catch (Exception ex) when (ex is AggregateException or NpgsqlException or IOException)
            {
                // Leaving a template behind at exit costs disk space, not correctness: names are unique per run.
            }
        }
    }
}
