namespace Chronicle.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers the provider's context as <see cref="ChronicleDbContext"/>, the only type use
    /// cases ask for, plus a factory for work that needs its own short-lived contexts.
    /// </summary>
    public static IServiceCollection AddChronicleDatabase(this IServiceCollection services, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = options.EffectiveConnectionString();
        if (options.ParsedProvider == DatabaseProvider.Postgres)
        {
            services.AddDbContextFactory<PostgresChronicleDbContext>(o => ConfigurePostgres(o, connectionString));
            services.AddScoped<ChronicleDbContext>(sp => sp.GetRequiredService<IDbContextFactory<PostgresChronicleDbContext>>().CreateDbContext());
            services.AddSingleton<Func<ChronicleDbContext>>(sp => () => sp.GetRequiredService<IDbContextFactory<PostgresChronicleDbContext>>().CreateDbContext());
        }
        else
        {
            services.AddDbContextFactory<SqliteChronicleDbContext>(o => ConfigureSqlite(o, connectionString));
            services.AddScoped<ChronicleDbContext>(sp => sp.GetRequiredService<IDbContextFactory<SqliteChronicleDbContext>>().CreateDbContext());
            services.AddSingleton<Func<ChronicleDbContext>>(sp => () => sp.GetRequiredService<IDbContextFactory<SqliteChronicleDbContext>>().CreateDbContext());
        }

        return services;
    }

    public static ChronicleDbContext CreateContext(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = options.EffectiveConnectionString();
        if (options.ParsedProvider == DatabaseProvider.Postgres)
        {
            var builder = new DbContextOptionsBuilder<PostgresChronicleDbContext>();
            ConfigurePostgres(builder, connectionString);
            return new PostgresChronicleDbContext(builder.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteChronicleDbContext>();
        ConfigureSqlite(sqlite, connectionString);
        return new SqliteChronicleDbContext(sqlite.Options);
    }

    /// <summary>Points another context (the web host's key store) at the configured database and provider.</summary>
    public static void ConfigureProvider(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = options.EffectiveConnectionString();
        if (options.ParsedProvider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(connectionString);
        }
        else
        {
            builder.UseSqlite(connectionString);
        }
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(ChronicleDbContext).Assembly.FullName));

    internal static void ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(ChronicleDbContext).Assembly.FullName));
}
