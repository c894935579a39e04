namespace Chronicle.Data.Configuration;

using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).IsRequired();
        builder.Property(p => p.Tin).HasMaxLength(9);
        builder.Property(p => p.TimeZoneId).HasMaxLength(64);
        builder.Property(p => p.PlaceOfService).HasMaxLength(2);
        builder.HasIndex(p => p.GroupNpi).IsUnique();
        builder.ComplexProperty(p => p.Address);
        builder.Ignore(p => p.TimeZone);

        // An office is 1; every practice that existed before settings is an office.
        builder.Property(p => p.BillingSetting).HasDefaultValue(BillingSetting.ProfessionalOffice).HasSentinel(BillingSetting.ProfessionalOffice);
        builder.Property(p => p.RevenueCode).HasMaxLength(4);
        builder.Property(p => p.Ccn).HasMaxLength(6);
        builder.Ignore(p => p.Billing);
    }
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasOne<Practice>().WithMany().HasForeignKey(s => s.PracticeId);
        builder.HasIndex(s => new { s.PracticeId, s.ExternalId }).IsUnique();
        builder.Property(s => s.ExternalId).HasMaxLength(64);
        builder.Property(s => s.Credential).HasMaxLength(16);
        builder.Ignore(s => s.DisplayName);
    }
}
