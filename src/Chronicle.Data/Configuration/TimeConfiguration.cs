namespace Chronicle.Data.Configuration;

using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntry>
{
    public void Configure(EntityTypeBuilder<TimeEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasOne<Practice>().WithMany().HasForeignKey(e => e.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(e => e.StaffId).OnDelete(DeleteBehavior.Restrict);

        // Month views, summaries and worklists read by practice, patient or person and month.
        builder.HasIndex(e => new { e.PracticeId, e.MonthKey });
        builder.HasIndex(e => new { e.PatientId, e.MonthKey });
        builder.HasIndex(e => new { e.StaffId, e.Start });

        // One record may replace an entry: two concurrent corrections of it cannot both be stored.
        builder.HasIndex(e => e.Replaces).IsUnique();
        builder.Property(e => e.Note).HasMaxLength(TimePolicy.MaxNoteLength);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.RecordedById).HasMaxLength(64);
        builder.Property(e => e.RecordedByName).HasMaxLength(256);
        builder.Ignore(e => e.End);
        builder.Ignore(e => e.Month);
        builder.Ignore(e => e.Minutes);
    }
}

internal sealed class MonthLockConfiguration : IEntityTypeConfiguration<MonthLock>
{
    public void Configure(EntityTypeBuilder<MonthLock> builder)
    {
        builder.HasKey(l => l.Id);
        builder.HasOne<Patient>().WithMany().HasForeignKey(l => l.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.PatientId, l.MonthKey }).IsUnique();
        builder.HasIndex(l => new { l.PracticeId, l.MonthKey });
        builder.Property(l => l.LockedBy).HasMaxLength(256);
        builder.Property(l => l.ClaimNumber).HasMaxLength(20);
        builder.Ignore(l => l.Month);
    }
}

internal sealed class RunningTimerConfiguration : IEntityTypeConfiguration<RunningTimer>
{
    public void Configure(EntityTypeBuilder<RunningTimer> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasOne<Patient>().WithMany().HasForeignKey(t => t.PatientId).OnDelete(DeleteBehavior.Cascade);

        // One running timer per person, whatever tab or device starts it.
        builder.HasIndex(t => t.UserId).IsUnique();
        builder.HasIndex(t => t.PracticeId);
        builder.Property(t => t.UserId).HasMaxLength(64);
        builder.Property(t => t.Note).HasMaxLength(TimePolicy.MaxNoteLength);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.IsPaused);
    }
}

internal sealed class PracticeTimePolicyConfiguration : IEntityTypeConfiguration<PracticeTimePolicy>
{
    public void Configure(EntityTypeBuilder<PracticeTimePolicy> builder)
    {
        builder.HasKey(p => p.PracticeId);
        builder.HasOne<Practice>().WithMany().HasForeignKey(p => p.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.Policy);
    }
}
