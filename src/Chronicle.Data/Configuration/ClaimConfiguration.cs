namespace Chronicle.Data.Configuration;

using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

// ADR 0140: one decision per practice, patient, program and month (a unique index, so two month
// closes racing cannot both insert one); claims point at their decision and at the file they went in.
internal sealed class MonthDecisionConfiguration : IEntityTypeConfiguration<MonthDecision>
{
    public void Configure(EntityTypeBuilder<MonthDecision> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<Practice>().WithMany().HasForeignKey(d => d.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(d => d.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.PracticeId, d.MonthKey, d.PatientId, d.Program }).IsUnique();
        builder.Property(d => d.ReasonsJson).HasColumnType("text");
        builder.Property(d => d.ExplanationJson).HasColumnType("text");
        builder.Ignore(d => d.Month);
        builder.Ignore(d => d.Reasons);
        builder.Ignore(d => d.Explanation);
    }
}

internal sealed class BillingClaimConfiguration : IEntityTypeConfiguration<BillingClaim>
{
    /// <summary>Claims that are not superseded (status 7), in SQL both providers read.</summary>
    public const string InForceFilter = "\"Status\" <> 7";

    public void Configure(EntityTypeBuilder<BillingClaim> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Practice>().WithMany().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MonthDecision>().WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BillingClaim>().WithMany().HasForeignKey(c => c.Corrects).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ClaimFile>().WithMany().HasForeignKey(c => c.ExportedIn).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PracticeId, c.MonthKey, c.Status });
        builder.HasIndex(c => c.ClaimNumber).IsUnique();
        builder.HasIndex(c => c.DecisionId);

        // ADR 0166: at most one claim in force (anything but superseded) per decision, whatever
        // races; a second month close or correction that would add one fails instead of billing twice.
        builder.HasIndex(c => c.DecisionId, "IX_BillingClaims_DecisionId_InForce").IsUnique().HasFilter(InForceFilter);
        builder.Property(c => c.ClaimNumber).HasMaxLength(20);
        builder.Property(c => c.BillingNpi).HasMaxLength(10);
        builder.Property(c => c.PlaceOfService).HasMaxLength(2);
        builder.Property(c => c.Diagnoses).HasMaxLength(120);
        builder.Property(c => c.OriginalReference).HasMaxLength(50);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Property(c => c.PayerCode).HasMaxLength(80);
        builder.Property(c => c.MemberId).HasMaxLength(80);
        builder.Property(c => c.CrossoverPayerCode).HasMaxLength(80);
        builder.Property(c => c.StatusChangedBy).HasMaxLength(256);
        builder.Property(c => c.PayerClaimNumber).HasMaxLength(50);
        builder.Property(c => c.RemittanceTrace).HasMaxLength(50);
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Lines).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Ignore(c => c.Month);
        builder.Ignore(c => c.DiagnosisCodes);
        builder.Ignore(c => c.Charge);
        builder.Ignore(c => c.ExpectedPayment);
    }
}

internal sealed class BillingClaimLineConfiguration : IEntityTypeConfiguration<BillingClaimLine>
{
    public void Configure(EntityTypeBuilder<BillingClaimLine> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.ControlNumber).HasMaxLength(30);
        builder.Ignore(l => l.Charge);
        builder.Ignore(l => l.ExpectedPayment);
    }
}

internal sealed class ClaimFileConfiguration : IEntityTypeConfiguration<ClaimFile>
{
    public void Configure(EntityTypeBuilder<ClaimFile> builder)
    {
        // The database assigns the key (SQLite AUTOINCREMENT, PostgreSQL identity): the persisted
        // sequence ISA13/GS06 come from, unique however many exports run at once.
        builder.HasKey(f => f.ControlNumber);
        builder.Property(f => f.ControlNumber).ValueGeneratedOnAdd();
        builder.HasOne<Practice>().WithMany().HasForeignKey(f => f.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.PracticeId, f.MonthKey });
        builder.Property(f => f.CreatedBy).HasMaxLength(256);
        builder.Property(f => f.Content).HasColumnType("text");
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.ReceiverId).HasMaxLength(15);
        builder.Property(f => f.Usage).HasMaxLength(1);
    }
}

// ADR 0227/0228: every submission attempt, every response file (unique by content per practice, so
// none is applied twice) and the adjustments an 835 posted.
internal sealed class ClaimSubmissionConfiguration : IEntityTypeConfiguration<ClaimSubmission>
{
    public void Configure(EntityTypeBuilder<ClaimSubmission> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Practice>().WithMany().HasForeignKey(s => s.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ClaimFile>().WithMany().HasForeignKey(s => s.ControlNumber).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PracticeId, s.MonthKey });
        builder.Property(s => s.FileName).HasMaxLength(200);
        builder.Property(s => s.Transport).HasMaxLength(20);
        builder.Property(s => s.Sha256).HasMaxLength(64);
        builder.Property(s => s.AttemptedBy).HasMaxLength(256);
        builder.Property(s => s.Error).HasMaxLength(1000);
    }
}

internal sealed class ResponseFileConfiguration : IEntityTypeConfiguration<ResponseFile>
{
    public void Configure(EntityTypeBuilder<ResponseFile> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasOne<Practice>().WithMany().HasForeignKey(f => f.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.PracticeId, f.Sha256 }).IsUnique();
        builder.Property(f => f.Kind).HasMaxLength(20);
        builder.Property(f => f.Origin).HasMaxLength(400);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.Content).HasColumnType("text");
        builder.Property(f => f.Outcome).HasColumnType("text");
        builder.Property(f => f.ReceivedBy).HasMaxLength(256);
    }
}

internal sealed class PostedAdjustmentConfiguration : IEntityTypeConfiguration<PostedAdjustment>
{
    public void Configure(EntityTypeBuilder<PostedAdjustment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<BillingClaim>().WithMany().HasForeignKey(a => a.ClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResponseFile>().WithMany().HasForeignKey(a => a.ResponseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ClaimId);
        builder.Property(a => a.Group).HasMaxLength(2);
        builder.Property(a => a.Reason).HasMaxLength(5);
        builder.Property(a => a.Remarks).HasMaxLength(200);
    }
}

internal sealed class OtherBilledServiceConfiguration : IEntityTypeConfiguration<OtherBilledService>
{
    public void Configure(EntityTypeBuilder<OtherBilledService> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Practice>().WithMany().HasForeignKey(s => s.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(s => s.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.PatientId, s.Code, s.Date, s.Npi }).IsUnique();
        builder.HasIndex(s => new { s.PracticeId, s.MonthKey });
        builder.Property(s => s.Source).HasMaxLength(400);
    }
}

internal sealed class PatientStatementRecordConfiguration : IEntityTypeConfiguration<PatientStatementRecord>
{
    public void Configure(EntityTypeBuilder<PatientStatementRecord> builder)
    {
        builder.HasKey(s => s.ClaimId);
        builder.HasOne<BillingClaim>().WithOne().HasForeignKey<PatientStatementRecord>(s => s.ClaimId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(s => s.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PracticeId, s.MonthKey });
        builder.Property(s => s.SentBy).HasMaxLength(256);
        builder.Property(s => s.WithdrawnReason).HasMaxLength(500);
        builder.Ignore(s => s.IsWithdrawn);
    }
}

internal sealed class ClosedMonthConfiguration : IEntityTypeConfiguration<ClosedMonth>
{
    public void Configure(EntityTypeBuilder<ClosedMonth> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Practice>().WithMany().HasForeignKey(c => c.PracticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PracticeId, c.MonthKey }).IsUnique();
        builder.Property(c => c.ClosedBy).HasMaxLength(256);
        builder.Ignore(c => c.Month);
    }
}
