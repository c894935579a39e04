namespace Chronicle.Data.Configuration;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasOne<Practice>().WithMany().HasForeignKey(p => p.PracticeId);
        builder.HasIndex(p => new { p.PracticeId, p.Mrn }).IsUnique();
        builder.HasIndex(p => new { p.PracticeId, p.LastName, p.FirstName });
        builder.Property(p => p.Mrn).HasMaxLength(64);
        builder.Property(p => p.Phone).HasMaxLength(32);
        builder.ComplexProperty(p => p.Address);
        builder.Property(p => p.PreferredLanguage).HasMaxLength(LanguageTag.MaxLength);
        builder.ComplexProperty(p => p.Demographics, d =>
        {
            d.Ignore(x => x.IsNone);
            d.Property(x => x.NamePrefix).HasMaxLength(40);
            d.Property(x => x.NameSuffix).HasMaxLength(40);
            d.Property(x => x.MaritalStatus).HasMaxLength(8);
            d.Property(x => x.BirthSex).HasMaxLength(8);
            d.Property(x => x.RaceCodes).HasMaxLength(200);
            d.Property(x => x.EthnicityCodes).HasMaxLength(200);
            d.Property(x => x.RaceText).HasMaxLength(200);
            d.Property(x => x.EthnicityText).HasMaxLength(200);
        });
        builder.Ignore(p => p.DisplayName);
    }
}

internal sealed class ConditionConfiguration : IEntityTypeConfiguration<Condition>
{
    public void Configure(EntityTypeBuilder<Condition> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasOne<Patient>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.PatientId, c.SourceKey }).IsUnique();
        builder.HasIndex(c => new { c.PracticeId, c.PatientId });
        builder.Property(c => c.SourceKey).HasMaxLength(200);
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.ComplexProperty(c => c.Classification, b =>
        {
            b.Property(k => k.IsChronic).HasColumnName("IsChronic");
            b.Property(k => k.Category).HasColumnName("ChronicCategory").HasMaxLength(120);
            b.Property(k => k.Source).HasColumnName("ClassificationSource").HasMaxLength(200);
        });
        builder.Ignore(c => c.IsChronic);
        builder.Property(c => c.VerificationStatus).HasMaxLength(32);
        builder.Property(c => c.EncounterKey).HasMaxLength(200);
    }
}

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.HasKey(v => v.Id);
        builder.HasOne<Patient>().WithMany().HasForeignKey(v => v.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.PatientId, v.SourceKey }).IsUnique();
        builder.HasIndex(v => new { v.PracticeId, v.PatientId, v.Date });
        builder.Property(v => v.SourceKey).HasMaxLength(200);
    }
}

internal sealed class ClinicalRecordConfiguration : IEntityTypeConfiguration<ClinicalRecord>
{
    public void Configure(EntityTypeBuilder<ClinicalRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.PatientId, r.Kind, r.SourceKey }).IsUnique();
        builder.HasIndex(r => r.PracticeId);
        builder.Property(r => r.SourceKey).HasMaxLength(200);
        builder.Property(r => r.CodeSystem).HasMaxLength(200);
        builder.Property(r => r.Code).HasMaxLength(64);
        builder.Property(r => r.Status).HasMaxLength(32);
        builder.Property(r => r.Category).HasMaxLength(64);
        builder.Property(r => r.Unit).HasMaxLength(64);
        builder.Property(r => r.Intent).HasMaxLength(32);
        builder.Property(r => r.DeviceReference).HasMaxLength(200);
        builder.Property(r => r.FactsJson).HasMaxLength(ClinicalFacts.MaxLength);
        builder.Ignore(r => r.Facts);
    }
}
