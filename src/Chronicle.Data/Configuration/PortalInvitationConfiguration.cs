namespace Chronicle.Data.Configuration;

using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class PortalInvitationConfiguration : IEntityTypeConfiguration<PortalInvitation>
{
    public void Configure(EntityTypeBuilder<PortalInvitation> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.InviteeName).HasMaxLength(200);
        builder.Property(i => i.Relationship).HasMaxLength(100);
        builder.Property(i => i.SecretHash).HasMaxLength(64);
        builder.Property(i => i.IssuedBy).HasMaxLength(256);
        builder.HasOne<Practice>().WithMany().HasForeignKey(i => i.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(i => i.PatientId).OnDelete(DeleteBehavior.Cascade);

        // The link is looked up by the hash of its secret.
        builder.HasIndex(i => i.SecretHash).IsUnique();
        builder.HasIndex(i => new { i.PracticeId, i.PatientId });
    }
}
