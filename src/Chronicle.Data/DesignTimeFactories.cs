namespace Chronicle.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

// Used only by 'dotnet ef migrations add'; the connection strings are never opened for that.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteChronicleDbContext>
{
    public SqliteChronicleDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteChronicleDbContext>();
        DatabaseServiceCollectionExtensions.ConfigureSqlite(builder, "Data Source=design-time.db");
        return new SqliteChronicleDbContext(builder.Options);
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresChronicleDbContext>
{
    public PostgresChronicleDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresChronicleDbContext>();
        DatabaseServiceCollectionExtensions.ConfigurePostgres(builder, "Host=localhost;Database=chronicle_design");
        return new PostgresChronicleDbContext(builder.Options);
    }
}
