namespace Chronicle.Data.Configuration;

using Chronicle.Data.Security;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class CaregiverGrantConfiguration : IEntityTypeConfiguration<CaregiverGrant>
{
    public void Configure(EntityTypeBuilder<CaregiverGrant> builder) => AccessGrantMapping.Map(builder);
}

internal sealed class ProviderShareConfiguration : IEntityTypeConfiguration<ProviderShare>
{
    public void Configure(EntityTypeBuilder<ProviderShare> builder) => AccessGrantMapping.Map(builder);
}

/// <summary>Caregiver grants and provider shares have the same shape, each in its own table.</summary>
internal static class AccessGrantMapping
{
    public static void Map<T>(EntityTypeBuilder<T> builder)
        where T : AccessGrant
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).HasConversion(id => id.Value, value => new AccessGrantId(value));
        builder.HasOne<Practice>().WithMany().HasForeignKey(g => g.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(g => g.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChronicleUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);

        // Access checks ask "which patients may this user see now", so the user leads the index.
        builder.HasIndex(g => new { g.UserId, g.PatientId });
        builder.HasIndex(g => new { g.PracticeId, g.PatientId });
    }
}
