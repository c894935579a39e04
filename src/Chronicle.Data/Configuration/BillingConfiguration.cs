namespace Chronicle.Data.Configuration;

using Chronicle.Data.Billing;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class FeeScheduleAmountConfiguration : IEntityTypeConfiguration<FeeScheduleAmount>
{
    public void Configure(EntityTypeBuilder<FeeScheduleAmount> builder)
    {
        builder.HasKey(f => new { f.Year, f.Code });
        builder.Property(f => f.Status).HasMaxLength(1);
        builder.Property(f => f.TotalRvuNonFacility).HasPrecision(7, 2);
        builder.Property(f => f.TotalRvuFacility).HasPrecision(7, 2);
        builder.Property(f => f.ConversionFactor).HasPrecision(8, 4);
        builder.Property(f => f.SourceFile).HasMaxLength(260);
    }
}

internal sealed class PracticeChargeConfiguration : IEntityTypeConfiguration<PracticeCharge>
{
    public void Configure(EntityTypeBuilder<PracticeCharge> builder)
    {
        builder.HasKey(c => new { c.PracticeId, c.Code });
        builder.HasOne<Practice>().WithMany().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.UpdatedBy).HasMaxLength(200);
        builder.Ignore(c => c.Amount);
    }
}

internal sealed class RuleYearConfiguration : IEntityTypeConfiguration<RuleYear>
{
    public void Configure(EntityTypeBuilder<RuleYear> builder)
    {
        builder.HasKey(r => r.Year);
        builder.Property(r => r.Year).ValueGeneratedNever();
        builder.Property(r => r.CarriedBy).HasMaxLength(200);
        builder.Property(r => r.ConfirmedBy).HasMaxLength(200);
        builder.Ignore(r => r.Provisional);
    }
}
