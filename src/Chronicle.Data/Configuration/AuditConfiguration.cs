namespace Chronicle.Data.Configuration;

using Chronicle.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        // The sequence number is the key: the appender assigns it under a lock, and the key makes a
        // second event with the same number impossible even if two writers ever raced.
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.ActorId).HasMaxLength(AuditEvent.MaxIdLength);
        builder.Property(e => e.ActorName).HasMaxLength(AuditEvent.MaxIdLength);
        builder.Property(e => e.Role).HasMaxLength(AuditEvent.MaxRoleLength);
        builder.Property(e => e.Surface).HasMaxLength(AuditEvent.MaxRoleLength);
        builder.Property(e => e.Address).HasMaxLength(AuditEvent.MaxAddressLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEvent.MaxActionLength);
        builder.Property(e => e.What).HasMaxLength(AuditEvent.MaxWhatLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.KeyId).HasMaxLength(AuditKey.MaxIdLength);
        builder.Ignore(e => e.Link);

        // No foreign keys: the trail outlives what it mentions, and a deleted patient's events stay.
        // The auditor's page filters by patient, user, action and period, newest first.
        builder.HasIndex(e => new { e.PatientId, e.Sequence });
        builder.HasIndex(e => new { e.ActorId, e.Sequence });
        builder.HasIndex(e => new { e.ActorName, e.Sequence });
        builder.HasIndex(e => e.OccurredAt);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Hash).HasMaxLength(64).IsFixedLength();
        builder.Ignore(h => h.Link);
    }
}
