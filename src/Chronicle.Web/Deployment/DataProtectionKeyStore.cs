namespace Chronicle.Web.Deployment;

using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// ASP.NET Core's EF key store over Chronicle's own database. The table belongs to
/// ChronicleDbContext's model and migrations (<c>DataProtectionKeys</c>, migration "Deploy"); this
/// context only maps the store's entity onto it and never creates or migrates anything.
/// </summary>
internal sealed class DataProtectionKeyStore(DbContextOptions<DataProtectionKeyStore> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
    }
}
