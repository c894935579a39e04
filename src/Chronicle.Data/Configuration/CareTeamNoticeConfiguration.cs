namespace Chronicle.Data.Configuration;

using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class CareTeamNoticeConfiguration : IEntityTypeConfiguration<CareTeamNotice>
{
    public void Configure(EntityTypeBuilder<CareTeamNotice> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.Text).HasMaxLength(CareTeamNotice.MaxTextLength);
        builder.Property(n => n.CreatedBy).HasMaxLength(CareTeamNotice.MaxTextLength);
        builder.Property(n => n.AcknowledgedBy).HasMaxLength(CareTeamNotice.MaxTextLength);
        builder.HasOne<Practice>().WithMany().HasForeignKey(n => n.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(n => n.PatientId).OnDelete(DeleteBehavior.Cascade);

        // The home page asks for a practice's open notices; the chart for one patient's.
        builder.HasIndex(n => new { n.PracticeId, n.AcknowledgedAt });
        builder.HasIndex(n => new { n.PracticeId, n.PatientId });
    }
}
