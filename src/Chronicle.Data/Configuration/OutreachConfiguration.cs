namespace Chronicle.Data.Configuration;

using Chronicle.Domain.Outreach;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class OutreachListingConfiguration : IEntityTypeConfiguration<OutreachListing>
{
    public void Configure(EntityTypeBuilder<OutreachListing> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.ListedById).HasMaxLength(200);
        builder.Property(l => l.ListedByName).HasMaxLength(200);
        builder.Property(l => l.Reason).HasMaxLength(OutreachAttempt.NoteLimit);
        builder.HasOne<Practice>().WithMany().HasForeignKey(l => l.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(l => l.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(l => l.CareManagerId).OnDelete(DeleteBehavior.Restrict);

        // The call list reads a practice's listings; the patient page one patient's.
        builder.HasIndex(l => new { l.PracticeId, l.PatientId, l.ListedAt });
    }
}

internal sealed class OutreachAttemptConfiguration : IEntityTypeConfiguration<OutreachAttempt>
{
    public void Configure(EntityTypeBuilder<OutreachAttempt> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Note).HasMaxLength(OutreachAttempt.NoteLimit);
        builder.Property(a => a.RecordedById).HasMaxLength(200);
        builder.Property(a => a.RecordedByName).HasMaxLength(200);
        builder.HasOne<Practice>().WithMany().HasForeignKey(a => a.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(a => a.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.PracticeId, a.PatientId, a.At });
    }
}
