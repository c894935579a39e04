namespace Chronicle.Data.Configuration;

using Chronicle.Data.Codes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class Icd10CodeEntryConfiguration : IEntityTypeConfiguration<Icd10CodeEntry>
{
    public void Configure(EntityTypeBuilder<Icd10CodeEntry> builder)
    {
        builder.HasKey(c => new { c.FiscalYear, c.Code });
        builder.Property(c => c.Code).HasMaxLength(7);
    }
}

internal sealed class ChronicRuleEntryConfiguration : IEntityTypeConfiguration<ChronicRuleEntry>
{
    public void Configure(EntityTypeBuilder<ChronicRuleEntry> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.System, r.Code, r.Source }).IsUnique();
        builder.Property(r => r.Code).HasMaxLength(32);
        builder.Property(r => r.Category).HasMaxLength(120);
        builder.Property(r => r.Source).HasMaxLength(200);
        builder.Property(r => r.MapsToIcd10).HasMaxLength(8);
    }
}

internal sealed class CodeSetReleaseConfiguration : IEntityTypeConfiguration<CodeSetRelease>
{
    public void Configure(EntityTypeBuilder<CodeSetRelease> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasMaxLength(16);
        builder.Property(r => r.Name).HasMaxLength(120);
        builder.HasIndex(r => new { r.Kind, r.ImportedAt });
    }
}
