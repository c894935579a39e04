namespace Chronicle.Data.Configuration;

using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

internal sealed class CarePlanConfiguration : IEntityTypeConfiguration<CarePlan>
{
    public void Configure(EntityTypeBuilder<CarePlan> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasOne<Practice>().WithMany().HasForeignKey(p => p.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(p => p.PatientId).OnDelete(DeleteBehavior.Cascade);

        // One plan per patient; its versions carry the history.
        builder.HasIndex(p => p.PatientId).IsUnique();
        builder.HasIndex(p => p.PracticeId);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Activities).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Copies).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Activities).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Copies).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.Latest);
        builder.Ignore(p => p.ActiveVersion);
        builder.Ignore(p => p.Status);
    }
}

internal sealed class CarePlanVersionConfiguration : IEntityTypeConfiguration<CarePlanVersion>
{
    public void Configure(EntityTypeBuilder<CarePlanVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        builder.HasIndex(v => new { v.PracticeId, v.PatientId });
        builder.Property(v => v.Content).HasConversion(ContentJson.Converter, ContentJson.Comparer).HasColumnName("ContentJson");
        builder.Property(v => v.AuthorId).HasMaxLength(200);
        builder.Property(v => v.AuthorName).HasMaxLength(200);
        builder.Property(v => v.Note).HasMaxLength(4000);
    }
}

internal sealed class CarePlanActivityConfiguration : IEntityTypeConfiguration<CarePlanActivity>
{
    public void Configure(EntityTypeBuilder<CarePlanActivity> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();

        // Month close asks, per practice and month, for the last care-plan work of each patient.
        builder.HasIndex(a => new { a.PracticeId, a.OnDate, a.PatientId });
        builder.Property(a => a.ActorId).HasMaxLength(200);
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.Note).HasMaxLength(4000);
    }
}

internal sealed class CarePlanCopyConfiguration : IEntityTypeConfiguration<CarePlanCopy>
{
    public void Configure(EntityTypeBuilder<CarePlanCopy> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.PracticeId, c.ProvidedOn, c.PatientId });
        builder.Property(c => c.RecordedById).HasMaxLength(200);
        builder.Property(c => c.RecordedByName).HasMaxLength(200);
    }
}

internal sealed class CarePlanDraftConfiguration : IEntityTypeConfiguration<CarePlanDraft>
{
    public void Configure(EntityTypeBuilder<CarePlanDraft> builder)
    {
        builder.HasKey(d => d.PlanId);
        builder.HasOne<CarePlan>().WithOne().HasForeignKey<CarePlanDraft>(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.PatientId);
        builder.Property(d => d.Content).HasConversion(ContentJson.Converter, ContentJson.Comparer).HasColumnName("ContentJson");
        builder.Property(d => d.EditedById).HasMaxLength(200);
        builder.Property(d => d.EditedByName).HasMaxLength(200);
    }
}

/// <summary>The body as JSON text (<see cref="CarePlanJson"/>); compared by its JSON, as EF needs to detect a new draft body.</summary>
internal static class ContentJson
{
    public static readonly ValueConverter<CarePlanContent, string> Converter =
        new(c => CarePlanJson.Serialize(c), s => CarePlanJson.Deserialize(s));

    public static readonly ValueComparer<CarePlanContent> Comparer = new(
        (a, b) => ReferenceEquals(a, b) || (a != null && b != null && CarePlanJson.Serialize(a) == CarePlanJson.Serialize(b)),
        c => CarePlanJson.Serialize(c).GetHashCode(StringComparison.Ordinal),
        c => c);
}
