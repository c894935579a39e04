namespace Chronicle.Data.Configuration;

using Chronicle.Domain.Patients;
using Chronicle.Domain.Payers;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

// ADR 0220: a payer directory per practice, keyed by the payer id claims carry; coverage points at
// a payer and a patient, read by patient (the chart, the close) and by payer (a payer in use is not removed).
internal sealed class PayerConfiguration : IEntityTypeConfiguration<Payer>
{
    public void Configure(EntityTypeBuilder<Payer> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasOne<Practice>().WithMany().HasForeignKey(p => p.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.PracticeId, p.Code }).IsUnique();
        builder.Property(p => p.Code).HasMaxLength(80);
        builder.Property(p => p.Name).HasMaxLength(60);
        builder.Property(p => p.MacJurisdiction).HasMaxLength(16);
        builder.Property(p => p.ReceiverId).HasMaxLength(15);
        builder.Property(p => p.ReceiverQualifier).HasMaxLength(2);
        builder.Property(p => p.ReceiverName).HasMaxLength(60);
        builder.Property(p => p.RevenueCode).HasMaxLength(4);
    }
}

internal sealed class CoverageConfiguration : IEntityTypeConfiguration<Coverage>
{
    public void Configure(EntityTypeBuilder<Coverage> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasOne<Practice>().WithMany().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Payer>().WithMany().HasForeignKey(c => c.PayerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PracticeId, c.PatientId, c.Start });
        builder.Property(c => c.MemberId).HasMaxLength(80);
        builder.Property(c => c.PlanType).HasMaxLength(60);
    }
}
