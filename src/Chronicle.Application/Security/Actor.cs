namespace Chronicle.Application.Security;

using Chronicle.Domain.Common;

/// <summary>
/// Who is doing something, through which surface, and from where: what the audit trail records
/// and what access rules are decided on. Use cases get it from <see cref="IActorContext"/>; they
/// never look at an HTTP context or the operating system themselves.
/// </summary>
/// <param name="UserId">The signed-in user's id, or a fixed name for the system and the CLI operator.</param>
/// <param name="Name">A user name for the audit trail (never a patient's name).</param>
/// <param name="Role">One of <see cref="Roles"/>, or <see cref="Roles.System"/>.</param>
/// <param name="PracticeId">The practice a staff member works for; null for patients, caregivers, outside providers and the CLI operator.</param>
/// <param name="PatientId">For a patient, their own record.</param>
public sealed record Actor(
    string UserId,
    string Name,
    string Role,
    AccessSurface Surface,
    string? Address,
    PracticeId? PracticeId = null,
    PatientId? PatientId = null)
{
    public bool IsAuthenticated => Role != Roles.Anonymous;

    public static Actor Anonymous(AccessSurface surface, string? address) =>
        new("anonymous", "anonymous", Roles.Anonymous, surface, address);
}

public enum AccessSurface
{
    Web,
    Api,
    Fhir,
    Cli,
    System,
}

/// <summary>The role names used in claims, policies and the audit trail.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string BillingPractitioner = "billing-practitioner";
    public const string CareManager = "care-manager";
    public const string Biller = "biller";
    public const string Auditor = "auditor";
    public const string Patient = "patient";
    public const string Caregiver = "caregiver";
    public const string OutsideProvider = "outside-provider";

    /// <summary>The CLI operator and background work: trusted by whoever can run the command on the server.</summary>
    public const string System = "system";

    public const string Anonymous = "anonymous";

    /// <summary>Another system calling the APIs with a practice-wide bearer token: it sees every patient of the practice.</summary>
    public const string PracticeSystem = "practice-system";

    /// <summary>A system or outside provider calling the APIs with a token limited to the patients listed on it.</summary>
    public const string SharedSystem = "shared-system";

    /// <summary>The roles a bearer token acts in; they reach only /api and /fhir, never the pages.</summary>
    public static IReadOnlyList<string> ApiClients { get; } = [PracticeSystem, SharedSystem];

    public static IReadOnlyList<string> Staff { get; } = [Admin, BillingPractitioner, CareManager, Biller, Auditor];

    public static IReadOnlyList<string> All { get; } = [Admin, BillingPractitioner, CareManager, Biller, Auditor, Patient, Caregiver, OutsideProvider];
}
