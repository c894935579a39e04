namespace Chronicle.Data.Configuration;

using Chronicle.Data.Security;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(ApiTokenLimits.NameLength);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.SecretHash).HasMaxLength(64);
        builder.Property(t => t.CreatedBy).HasMaxLength(256);
        builder.Property(t => t.RevokedBy).HasMaxLength(256);
        builder.HasOne<Practice>().WithMany().HasForeignKey(t => t.PracticeId).OnDelete(DeleteBehavior.Restrict);

        // Every API request looks its token up by the hash of what it presented.
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.HasIndex(t => t.PracticeId);
        builder.HasMany(t => t.Patients).WithOne().HasForeignKey(p => p.TokenId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Patients).UsePropertyAccessMode(PropertyAccessMode.Property);
    }
}

internal sealed class ApiTokenPatientConfiguration : IEntityTypeConfiguration<ApiTokenPatient>
{
    public void Configure(EntityTypeBuilder<ApiTokenPatient> builder)
    {
        builder.HasKey(p => new { p.TokenId, p.PatientId });
        builder.HasOne<Patient>().WithMany().HasForeignKey(p => p.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}
