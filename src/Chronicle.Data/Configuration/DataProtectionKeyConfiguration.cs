namespace Chronicle.Data.Configuration;

using Chronicle.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKeyRow>
{
    /// <summary>The table, column names and types ASP.NET Core's EF key store expects.</summary>
    public const string TableName = "DataProtectionKeys";

    public void Configure(EntityTypeBuilder<DataProtectionKeyRow> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(k => k.Id);
        builder.Property(k => k.FriendlyName).HasColumnType("text");
        builder.Property(k => k.Xml).HasColumnType("text");
    }
}
