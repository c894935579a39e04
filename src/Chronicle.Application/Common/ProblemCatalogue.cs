namespace Chronicle.Application.Common;

using Chronicle.Application.Audit;
using Chronicle.Application.Billing;
using Chronicle.Application.Claims;
using Chronicle.Application.Demo;
using Chronicle.Application.Enrollment;
using Chronicle.Application.Fhir;
using Chronicle.Application.Importing;
using Chronicle.Application.MonthClose;
using Chronicle.Application.Patients;
using Chronicle.Application.Portal;
using Chronicle.Application.Practices;
using Chronicle.Application.Security;
using Chronicle.Application.Security.Tokens;
using Chronicle.Application.Sharing;
using Chronicle.Application.Time.Rules;
using Chronicle.Application.Time.Timer;
using Chronicle.Application.Users;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;

/// <summary>
/// The one catalogue of problem codes that enrollment, time, care plans, billing and the rest
/// return (ADR 0167): each code with its kind, which alone decides the HTTP status and the FHIR
/// issue type. The codes themselves stay beside the rules that raise them; this table only says
/// what kind each one is. Retired codes stay here as aliases of the code that replaced them.
/// </summary>
public static class ProblemCatalogue
{
    /// <summary>A request the framework could not bind (wrong JSON type, malformed body).</summary>
    public const string RequestInvalid = "REQUEST-INVALID";

    /// <summary>The database (or another service Chronicle needs) cannot be reached.</summary>
    public const string DatabaseUnavailable = "DATABASE-UNAVAILABLE";

    /// <summary>Anything unexpected: the trace identifier is given, the stack stays in the log.</summary>
    public const string ServerError = "SERVER-ERROR";

    /// <summary>A read-only bearer token tried to change something.</summary>
    public const string TokenReadOnly = "TOKEN-READ-ONLY";

    private static readonly Dictionary<string, ProblemKind> Kinds = Build();

    /// <summary>Retired codes and the code that names the same fact now.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Enrollment said CONSENT-MISSING where billing said NO-CONSENT: one fact, one code.
        ["CONSENT-MISSING"] = BillingReasonCodes.NoConsent,
    };

    public static IReadOnlyCollection<string> Codes => Kinds.Keys;

    /// <summary>The kind of a code (or of the code an alias stands for); a code nobody catalogued is a rule refusal.</summary>
    public static ProblemKind KindOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var current = Aliases.TryGetValue(code, out var replaced) ? replaced : code;
        return Kinds.TryGetValue(current, out var kind) ? kind : ProblemKind.Rule;
    }

    public static bool IsCatalogued(string code) => code is not null && (Kinds.ContainsKey(code) || Aliases.ContainsKey(code));

    private static Dictionary<string, ProblemKind> Build()
    {
        var kinds = new Dictionary<string, ProblemKind>(StringComparer.Ordinal);
        void Add(ProblemKind kind, params string[] codes)
        {
            foreach (var code in codes)
            {
                kinds[code] = kind;
            }
        }

        // Only a request that cannot be read is invalid input; a readable request whose values a
        // rule refuses (a future start, a missing reason) is a rule refusal, as every surface showed it.
        Add(ProblemKind.InvalidInput, RequestInvalid, FhirErrors.ParameterInvalid, FhirErrors.BundleInvalid, FhirErrors.BundleType);

        Add(ProblemKind.NotFound,
            GetPatientChart.UnknownPatientCode, TimeCodes.NotFound, EnrollmentCodes.NotFound, EnrollmentCodes.ConsentNotFound,
            EnrollmentErrors.DocumentNotFound, EnrollmentErrors.UnknownStaff, CarePlanCodes.NotFound, ClaimCodes.NotFound,
            GetClaimFile.NotFoundCode, PracticeResolver.NoPracticeCode, PracticeResolver.UnknownPracticeCode, RevokeApiToken.UnknownTokenCode,
            ChangePortalAccess.UnknownGrantCode, ChangePortalAccess.UnknownInvitationCode, AcknowledgeCareTeamNotice.UnknownNoticeCode,
            UserAccounts.UnknownUserCode, ListAuditEvents.UnknownPatientCode, ImportFhir.PathNotFoundCode, ImportFhir.NoFilesCode,
            EvaluateBillingScenarios.PathNotFound, EvaluateBillingScenarios.FolderEmpty, FhirErrors.TypeUnknown, FhirErrors.ResourceUnknown,
            FhirErrors.VersionNotKept);

        Add(ProblemKind.Forbidden,
            PatientAccess.NoAccessCode, TokenReadOnly, BillingAccess.NotBillerCode, PracticeTimeRules.NotAllowedCode,
            SetPracticeCharge.NotAllowedCode, GetClaimAuditPacket.NotAllowedCode, CreateStaffUser.RoleNotAllowedCode, SetUserLocked.SelfCode,
            FhirErrors.WriteDenied);

        Add(ProblemKind.Conflict,
            TimeCodes.MonthLocked, TimeCodes.Superseded, TimeCodes.TimerRunning, TimeCodes.TimerNotRunning, LiveTimer.ConcurrentCode,
            EnrollmentCodes.Overlap, EnrollmentCodes.ProgramConflict, EnrollmentCodes.Duplicate, EnrollmentCodes.Transition,
            EnrollmentCodes.ConsentSuperseded, EnrollmentErrors.Concurrent, CarePlanCodes.Exists, CarePlanCodes.Stale,
            CarePlanCodes.AlreadySigned, CarePlanCodes.NotLatest, ClaimCodes.Locked, ClaimCodes.Concurrent, ClaimCodes.NotExported,
            ClaimCodes.Voided, CloseMonth.CloseRunningCode, UserAccounts.ExistsCode, CreateStaffUser.StaffHasUserCode,
            InviteToPortal.PatientHasSignInCode, GenerateDemoPractice.PracticeExistsCode);

        Add(ProblemKind.InvalidInput, Backups.BackupCodes.Corrupt, Backups.BackupCodes.NewerSchema, Backups.BackupCodes.WrongKind);
        Add(ProblemKind.NotFound, Backups.BackupCodes.FileNotFound);
        Add(ProblemKind.Conflict, Backups.BackupCodes.TargetNotEmpty);
        Add(ProblemKind.Unavailable, DatabaseUnavailable, Backups.BackupCodes.ToolMissing, Backups.BackupCodes.ToolFailed);
        return kinds;
    }
}
