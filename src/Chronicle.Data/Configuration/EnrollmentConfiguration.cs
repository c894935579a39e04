namespace Chronicle.Data.Configuration;

using Chronicle.Data.Enrollment;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

// ADR 0081. One row per patient for each aggregate, whose Version is the concurrency token: every
// change of the aggregate raises it, so of two requests that read the same version only the first
// to save succeeds (the second updates no row, or inserts a duplicate key). Derived state (status,
// period, care manager, validity) is never stored; it is folded from the histories on load.
internal sealed class PatientEnrollmentsConfiguration : IEntityTypeConfiguration<PatientEnrollments>
{
    public void Configure(EntityTypeBuilder<PatientEnrollments> builder)
    {
        builder.HasKey(p => p.PatientId);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Patient>().WithOne().HasForeignKey<PatientEnrollments>(p => p.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Practice>().WithMany().HasForeignKey(p => p.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PracticeId);
        builder.HasMany(p => p.Enrollments).WithOne().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Enrollments).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class ProgramEnrollmentConfiguration : IEntityTypeConfiguration<ProgramEnrollment>
{
    public void Configure(EntityTypeBuilder<ProgramEnrollment> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(e => e.PractitionerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PracticeId, e.Program, e.PatientId });
        builder.HasIndex(e => e.PatientId);
        builder.HasMany(e => e.History).WithOne().HasForeignKey(h => h.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.History).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Ignore(e => e.Practitioner);
        builder.Ignore(e => e.Status);
        builder.Ignore(e => e.Start);
        builder.Ignore(e => e.End);
        builder.Ignore(e => e.CareManager);
        builder.Ignore(e => e.InitiatingVisit);
        builder.Ignore(e => e.IsOpen);
        builder.Ignore(e => e.FirstMonth);
        builder.Ignore(e => e.LastMonth);
    }
}

internal sealed class EnrollmentEventConfiguration : IEntityTypeConfiguration<EnrollmentEvent>
{
    public void Configure(EntityTypeBuilder<EnrollmentEvent> builder)
    {
        builder.HasKey(e => new { e.EnrollmentId, e.Sequence });
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(e => e.CareManager).OnDelete(DeleteBehavior.Restrict);

        // Care-manager lists ask "whose patients are these", by staff member.
        builder.HasIndex(e => e.CareManager);
    }
}

internal sealed class PatientConsentsConfiguration : IEntityTypeConfiguration<PatientConsents>
{
    public void Configure(EntityTypeBuilder<PatientConsents> builder)
    {
        builder.HasKey(p => p.PatientId);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Patient>().WithOne().HasForeignKey<PatientConsents>(p => p.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Practice>().WithMany().HasForeignKey(p => p.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PracticeId);
        builder.HasMany(p => p.Records).WithOne().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Records).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Ignore(p => p.Current);
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.PatientId, r.Sequence }).IsUnique();
        builder.HasIndex(r => new { r.PracticeId, r.Program, r.PatientId });
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.PractitionerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.ObtainedBy).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Language).HasMaxLength(35);
        builder.Property(r => r.Note).HasMaxLength(1000);
        builder.Property(r => r.DocumentHash).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.DocumentMediaType).HasMaxLength(32);
        builder.Ignore(r => r.Practitioner);
        builder.Ignore(r => r.Document);
        builder.Ignore(r => r.Details);
        builder.Ignore(r => r.MissingDisclosures);
        builder.Ignore(r => r.IsValid);
        builder.Ignore(r => r.LastMonth);
    }
}

internal sealed class StoredConsentDocumentConfiguration : IEntityTypeConfiguration<StoredConsentDocument>
{
    public void Configure(EntityTypeBuilder<StoredConsentDocument> builder)
    {
        builder.HasKey(d => new { d.PatientId, d.ContentHash });
        builder.Property(d => d.ContentHash).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.MediaType).HasMaxLength(32);
        builder.Property(d => d.Content).HasMaxLength(StoredConsentDocument.MaxBytes);
        builder.HasOne<Patient>().WithMany().HasForeignKey(d => d.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.PracticeId);
    }
}
