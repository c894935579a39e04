namespace Chronicle.Data;

using Chronicle.Data.Billing;
using Chronicle.Data.Codes;
using Chronicle.Data.Enrollment;
using Chronicle.Domain.Audit;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.CarePlans;
using Chronicle.Data.Security;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Outreach;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Payers;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Sharing;
using Chronicle.Domain.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The one model of Chronicle's data. Each database has a subclass (<see cref="SqliteChronicleDbContext"/>,
/// <see cref="PostgresChronicleDbContext"/>) so that each keeps its own migration set; use cases
/// depend on this base type only.
/// </summary>
public abstract class ChronicleDbContext : DbContext
{
    protected ChronicleDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Practice> Practices => Set<Practice>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<Condition> Conditions => Set<Condition>();

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<ClinicalRecord> ClinicalRecords => Set<ClinicalRecord>();

    public DbSet<Icd10CodeEntry> Icd10Codes => Set<Icd10CodeEntry>();

    public DbSet<ChronicRuleEntry> ChronicRules => Set<ChronicRuleEntry>();

    public DbSet<CodeSetRelease> CodeSetReleases => Set<CodeSetRelease>();

    public DbSet<FeeScheduleAmount> FeeScheduleAmounts => Set<FeeScheduleAmount>();

    public DbSet<PracticeCharge> PracticeCharges => Set<PracticeCharge>();

    public DbSet<RuleYear> RuleYears => Set<RuleYear>();

    /// <summary>Append-only: only AuditTrail adds to it, and nothing updates or deletes it.</summary>
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<ChronicleUser> Users => Set<ChronicleUser>();

    public DbSet<IdentityRole<Guid>> Roles => Set<IdentityRole<Guid>>();

    public DbSet<IdentityUserRole<Guid>> UserRoles => Set<IdentityUserRole<Guid>>();

    public DbSet<CaregiverGrant> CaregiverGrants => Set<CaregiverGrant>();

    public DbSet<ProviderShare> ProviderShares => Set<ProviderShare>();

    public DbSet<PortalInvitation> PortalInvitations => Set<PortalInvitation>();

    public DbSet<CareTeamNotice> CareTeamNotices => Set<CareTeamNotice>();
    public DbSet<CarePlan> CarePlans => Set<CarePlan>();

    /// <summary>Append-only, as are the activities and copies: a revision is a new version.</summary>
    public DbSet<CarePlanVersion> CarePlanVersions => Set<CarePlanVersion>();

    public DbSet<CarePlanActivity> CarePlanActivities => Set<CarePlanActivity>();

    public DbSet<CarePlanCopy> CarePlanCopies => Set<CarePlanCopy>();

    public DbSet<CarePlanDraft> CarePlanDrafts => Set<CarePlanDraft>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<ApiTokenPatient> ApiTokenPatients => Set<ApiTokenPatient>();

    /// <summary>The web app's data-protection key ring; only ASP.NET Core's key store reads and writes it.</summary>
    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();

    /// <summary>Append-only: entries are added, never updated or deleted (corrections and voids are new rows).</summary>
    public DbSet<TimeEntry> TimeEntries => Set<TimeEntry>();

    public DbSet<MonthLock> MonthLocks => Set<MonthLock>();

    public DbSet<ClosedMonth> ClosedMonths => Set<ClosedMonth>();

    public DbSet<RunningTimer> RunningTimers => Set<RunningTimer>();

    public DbSet<PracticeTimePolicy> PracticeTimePolicies => Set<PracticeTimePolicy>();

    public DbSet<PatientEnrollments> PatientEnrollments => Set<PatientEnrollments>();

    public DbSet<ProgramEnrollment> ProgramEnrollments => Set<ProgramEnrollment>();

    public DbSet<EnrollmentEvent> EnrollmentEvents => Set<EnrollmentEvent>();

    public DbSet<PatientConsents> PatientConsents => Set<PatientConsents>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<StoredConsentDocument> ConsentDocuments => Set<StoredConsentDocument>();

    public DbSet<MonthDecision> MonthDecisions => Set<MonthDecision>();

    public DbSet<BillingClaim> BillingClaims => Set<BillingClaim>();

    public DbSet<ClaimFile> ClaimFiles => Set<ClaimFile>();

    public DbSet<ClaimSubmission> ClaimSubmissions => Set<ClaimSubmission>();

    public DbSet<ResponseFile> ResponseFiles => Set<ResponseFile>();

    public DbSet<PostedAdjustment> PostedAdjustments => Set<PostedAdjustment>();

    public DbSet<OtherBilledService> OtherBilledServices => Set<OtherBilledService>();

    public DbSet<PatientStatementRecord> PatientStatements => Set<PatientStatementRecord>();

    public DbSet<Payer> Payers => Set<Payer>();

    public DbSet<Coverage> Coverages => Set<Coverage>();

    /// <summary>Patients put on the call list for enrollment (append-only; the latest listing is in force).</summary>
    public DbSet<OutreachListing> OutreachListings => Set<OutreachListing>();

    /// <summary>Calls and letters to patients about enrolling (append-only).</summary>
    public DbSet<OutreachAttempt> OutreachAttempts => Set<OutreachAttempt>();

    /// <summary>Which database this context speaks to, for the few places where SQL differs.</summary>
    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ChronicleDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<PracticeId>().HaveConversion<ValueConverters.PracticeIdConverter>();
        configurationBuilder.Properties<StaffId>().HaveConversion<ValueConverters.StaffIdConverter>();
        configurationBuilder.Properties<PatientId>().HaveConversion<ValueConverters.PatientIdConverter>();
        configurationBuilder.Properties<ConditionId>().HaveConversion<ValueConverters.ConditionIdConverter>();
        configurationBuilder.Properties<VisitId>().HaveConversion<ValueConverters.VisitIdConverter>();
        configurationBuilder.Properties<CarePlanId>().HaveConversion<ValueConverters.CarePlanIdConverter>();
        configurationBuilder.Properties<ClinicalRecordId>().HaveConversion<ValueConverters.ClinicalRecordIdConverter>();
        configurationBuilder.Properties<TimeEntryId>().HaveConversion<ValueConverters.TimeEntryIdConverter>();
        configurationBuilder.Properties<RunningTimerId>().HaveConversion<ValueConverters.RunningTimerIdConverter>();
        configurationBuilder.Properties<EnrollmentId>().HaveConversion<ValueConverters.EnrollmentIdConverter>();
        configurationBuilder.Properties<ConsentId>().HaveConversion<ValueConverters.ConsentIdConverter>();
        configurationBuilder.Properties<PayerId>().HaveConversion<ValueConverters.PayerIdConverter>();
        configurationBuilder.Properties<CoverageId>().HaveConversion<ValueConverters.CoverageIdConverter>();
        configurationBuilder.Properties<Npi>().HaveConversion<ValueConverters.NpiConverter>().HaveMaxLength(10);
        configurationBuilder.Properties<Mbi>().HaveConversion<ValueConverters.MbiConverter>().HaveMaxLength(11);
        configurationBuilder.Properties<Icd10Code>().HaveConversion<ValueConverters.Icd10CodeConverter>().HaveMaxLength(7);
        configurationBuilder.Properties<HcpcsCode>().HaveConversion<ValueConverters.HcpcsCodeConverter>().HaveMaxLength(5);
        configurationBuilder.Properties<SourceDateTime>().HaveConversion<ValueConverters.SourceDateTimeConverter>().HaveMaxLength(SourceDateTime.MaxLength);
        configurationBuilder.Properties<SourceCodes>().HaveConversion<ValueConverters.SourceCodesConverter>().HaveMaxLength(SourceCodes.MaxLength);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
