namespace Chronicle.Data;

using Microsoft.EntityFrameworkCore;

/// <summary>PostgreSQL, for real deployments and health-system scale.</summary>
public sealed class PostgresChronicleDbContext(DbContextOptions<PostgresChronicleDbContext> options)
    : ChronicleDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
