namespace Chronicle.Application;

using Chronicle.Application.Audit;
using Chronicle.Application.CarePlans;
using Chronicle.Application.Claims;
using Chronicle.Application.MonthClose;
using Chronicle.Application.Statements;
using Chronicle.Application.Billing;
using Chronicle.Application.Codes;
using Chronicle.Application.Database;
using Chronicle.Application.Demo;
using Chronicle.Application.Eligibility;
using Chronicle.Application.Fhir;
using Chronicle.Application.Enrollment;
using Chronicle.Application.Importing;
using Chronicle.Application.Patients;
using Chronicle.Application.Portal;
using Chronicle.Application.Practices;
using Chronicle.Application.Security;
using Chronicle.Application.Time;
using Chronicle.Application.Security.Tokens;
using Chronicle.Application.Sharing;
using Chronicle.Application.Users;
using Chronicle.Data;
using Chronicle.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>Registers the database and every use case. Hosts add their own edges (pages, commands).</summary>
    public static IServiceCollection AddChronicleApplication(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddChronicleDatabase(database);
        services.AddSingleton(database);
        services.TryAddSingleton(TimeProvider.System);

        // Use cases may log (counts and timings, never patient data); a host that configures no
        // providers gets loggers that write nowhere.
        services.AddLogging();

        // Hosts register their own actor (the signed-in user, the CLI operator) before this call;
        // anything else acts as the system.
        services.TryAddSingleton<IActorContext>(new FixedActorContext(new Actor("system", "system", Roles.System, AccessSurface.System, null)));
        services.TryAddSingleton(new Backups.BackupSettings());
        services.AddScoped<MigrateDatabase>();
        services.AddScoped<Backups.BackupDatabase>();
        services.AddScoped<Backups.RestoreDatabase>();
        services.AddScoped<Backups.RunScheduledBackup>();
        services.AddScoped<GetPracticeOverview>();
        services.AddScoped<SeedDemoPractice>();
        services.AddScoped<GenerateDemoPractice>();
        services.AddScoped<ReferenceCodes>();
        services.AddScoped<ListEligibility>();
        services.AddScoped<Outreach.OutreachStore>();
        services.AddScoped<Outreach.ListOutreachCandidates>();
        services.AddScoped<Outreach.GetCallList>();
        services.AddScoped<Outreach.AddToCallList>();
        services.AddScoped<Outreach.RecordOutreachAttempt>();
        services.AddScoped<Outreach.GetPatientOutreach>();
        services.AddScoped<Clinical.GetClinicalSummary>();
        services.AddScoped<Outreach.PrintOutreachLetters>();
        services.AddScoped<Outreach.ExportOutreachMailing>();
        services.AddScoped<ImportCsv>();
        services.AddScoped<Exporting.ExportCsv>();
        services.AddScoped<GetEligibilityWorklist>();
        services.AddScoped<ListPatients>();
        services.AddScoped<GetPatientChart>();
        services.AddScoped<ImportIcd10CodeSet>();
        services.AddScoped<ImportChronicClassification>();
        services.AddScoped<GetCodeSetStatus>();
        services.AddScoped<ImportIcd10Changes>();
        services.AddScoped<FhirImportWriter>();
        services.AddScoped<FhirCcmWriter>();
        services.AddScoped<ImportFhir>();
        // The audit key is read once per process; the hosts bind AuditKeySettings from configuration.
        services.TryAddSingleton(new AuditKeySettings());
        services.AddSingleton(sp => AuditKeyFile.Load(sp.GetRequiredService<AuditKeySettings>(), database));
        services.AddScoped<AuditTrail>();
        services.AddScoped<VerifyAuditTrail>();
        services.AddScoped<ListAuditEvents>();
        services.AddScoped<AnchorAuditTrail>();
        services.AddScoped<Security.RecordSecurityEvent>();
        services.AddScoped<Security.ResolveCliUser>();
        services.AddScoped<Users.EndUserSessions>();
        services.AddScoped<Security.RecordRefusedAccess>();
        services.AddScoped<PatientAccess>();
        services.TryAddScoped<IPasswordHasher<ChronicleUser>, PasswordHasher<ChronicleUser>>();
        services.TryAddSingleton<ILookupNormalizer, UpperInvariantLookupNormalizer>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<CreateAdministrator>();
        services.AddScoped<ListUsers>();
        services.AddScoped<CreateStaffUser>();
        services.AddScoped<ResetUserPassword>();
        services.AddScoped<SetUserLocked>();
        services.AddScoped<InviteToPortal>();
        services.AddScoped<GetPortalAccess>();
        services.AddScoped<ChangePortalAccess>();
        services.AddScoped<AcceptInvitation>();
        services.AddScoped<CarePlanScope>();
        services.AddScoped<GetCarePlan>();
        services.AddScoped<ListCarePlans>();
        services.AddScoped<Practices.GetPracticeTimeZone>();
        services.AddScoped<GetCarePlanVersion>();
        services.AddScoped<StartCarePlan>();
        services.AddScoped<SaveCarePlanDraft>();
        services.AddScoped<ReviseCarePlan>();
        services.AddScoped<SignCarePlan>();
        services.AddScoped<RecordCarePlanReview>();
        services.AddScoped<RecordCarePlanCopy>();
        services.AddScoped<GetCarePlanMonthFacts>();
        services.AddScoped<ExportCarePlan>();
        services.AddTimeLedger();
        services.AddScoped<BillingAccess>();
        services.AddScoped<CloseMonth>();
        services.AddScoped<Payers.ListPayers>();
        services.AddScoped<Payers.SavePayer>();
        services.AddScoped<ListClaims>();
        services.AddScoped<ListUnclaimedDecisions>();
        services.AddScoped<ChangeClaimStatus>();
        services.AddScoped<ExportClaims>();
        services.AddOptions<Submission.ClearinghouseOptions>();
        services.AddScoped<Submission.ClaimTransports>();
        services.AddScoped<Submission.SubmitClaims>();
        services.AddScoped<Remittance.ImportResponses>();
        services.AddScoped<Remittance.PollResponses>();
        services.AddScoped<Remittance.ListDenials>();
        services.AddScoped<Remittance.WriteOffClaim>();
        services.AddScoped<CorrectClaim>();
        services.AddScoped<GetBillingDashboard>();
        services.AddScoped<GetClaimFile>();
        services.AddScoped<ListStatements>();
        services.AddScoped<GetStatementPdf>();
        services.AddScoped<MarkStatementSent>();
        services.AddScoped<CreateApiToken>();
        services.AddScoped<ListApiTokens>();
        services.AddScoped<RevokeApiToken>();
        services.AddScoped<AuthenticateApiToken>();
        services.AddScoped<EvaluateBillingScenarios>();
        services.AddScoped<ImportFeeSchedule>();
        services.AddScoped<LoadBillingReferences>();
        services.AddScoped<RuleYears>();
        services.AddScoped<CarryForwardRules>();
        services.AddScoped<ConfirmRules>();
        services.AddScoped<ListRuleYears>();
        services.AddScoped<SetPracticeCharge>();
        services.AddScoped<GetPracticeBilling>();
        services.AddScoped<SetPracticeBilling>();
        services.AddScoped<ListPracticeCharges>();
        services.AddChronicleFhir();
        services.AddChronicleEnrollment();
        services.AddChroniclePortal();
        return services;
    }
}
