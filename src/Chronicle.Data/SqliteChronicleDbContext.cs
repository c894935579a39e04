namespace Chronicle.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

/// <summary>The embedded default: one SQLite file, no server to install.</summary>
public sealed class SqliteChronicleDbContext(DbContextOptions<SqliteChronicleDbContext> options)
    : ChronicleDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no instant type and cannot order the text form; every instant Chronicle
        // stores is UTC, so the 64-bit encoding sorts and compares correctly in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
