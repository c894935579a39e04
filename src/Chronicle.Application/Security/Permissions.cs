namespace Chronicle.Application.Security;

using System.Collections.Frozen;

/// <summary>
/// The one permissions table: which roles hold which <see cref="Capability"/>. Use cases, page
/// policies, the controls a page shows and the authorization tests all read it; no other code names
/// roles to decide what someone may do. The auditor changes nothing; the biller works with claims
/// and never changes clinical or consent records (docs/rules/ccm.md §2–§4 say who documents consent,
/// time and the care plan). Which records an allowed actor reaches is decided separately by
/// <see cref="PatientAccess"/>.
/// </summary>
public static class Permissions
{
    private const string A = Roles.Admin;
    private const string P = Roles.BillingPractitioner;
    private const string C = Roles.CareManager;
    private const string B = Roles.Biller;
    private const string Au = Roles.Auditor;
    private const string S = Roles.System;
    private const string Ps = Roles.PracticeSystem;
    private const string Ss = Roles.SharedSystem;

    /// <summary>Capability → roles holding it. A capability missing here is held by nobody (a test checks every one is listed).</summary>
    public static FrozenDictionary<Capability, FrozenSet<string>> Table { get; } = new Dictionary<Capability, string[]>
    {
        [Capability.ReadPatients] = [A, P, C, B, Au, S, Ps, Ss],
        [Capability.LogTime] = [A, P, C, S, Ps],
        [Capability.LogTimeForOthers] = [A, S, Ps],
        [Capability.ChangeEnrollmentAndConsent] = [A, P, C, S, Ps],
        [Capability.RecordVisits] = [A, P, C, S, Ps],
        [Capability.EditCarePlans] = [A, P, C, S],
        [Capability.SignCarePlans] = [P],
        [Capability.ImportRecords] = [A, P, C, S, Ps],
        [Capability.CloseAndApproveBilling] = [A, P, B, S],
        [Capability.ReadBilling] = [A, P, B, Au, S, Ps],
        [Capability.ManageCharges] = [A, B, S],
        [Capability.ManagePayers] = [A, B, S, Ps],
        [Capability.ManageTimeRules] = [A, S],
        [Capability.ManageBillingRules] = [A, S],
        [Capability.ManageUsers] = [A, S],
        [Capability.ManageTokens] = [A, S],
        [Capability.ManagePortalAccess] = [A, P, C, S],
        [Capability.HandleCareTeamNotices] = [A, P, C, S],
        [Capability.WorkOutreach] = [A, C, S],
        [Capability.ReadAuditTrail] = [A, Au, S],
        [Capability.ReadClaimAuditPackets] = [A, P, B, Au, S],
        [Capability.ReadSharedRecords] = [Roles.Patient, Roles.Caregiver, Roles.OutsideProvider],
        [Capability.ActForPatient] = [Roles.Patient, Roles.Caregiver],
    }.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenSet(StringComparer.Ordinal));

    public static bool Allows(string role, Capability capability) =>
        Table.TryGetValue(capability, out var roles) && roles.Contains(role);

    public static bool Allows(this Actor actor, Capability capability)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Allows(actor.Role, capability);
    }

    /// <summary>The roles holding a capability, for page policies (which check role claims).</summary>
    public static IReadOnlyList<string> RolesWith(Capability capability) =>
        Table.TryGetValue(capability, out var roles) ? [.. roles.Order(StringComparer.Ordinal)] : [];

    /// <summary>The refusal every surface shows the same way (403, OperationOutcome forbidden, CLI exit 1).</summary>
    public static Common.BusinessError Refusal(Capability capability) =>
        new(PatientAccess.NoAccessCode, $"Your role may not do this ({Describe(capability)}).");

    public static string Describe(Capability capability) => capability switch
    {
        Capability.ReadPatients => "read the practice's patients",
        Capability.LogTime => "log care-management time",
        Capability.LogTimeForOthers => "log time for another staff member",
        Capability.ChangeEnrollmentAndConsent => "change enrollment and consent",
        Capability.RecordVisits => "record visits",
        Capability.EditCarePlans => "change care plans",
        Capability.SignCarePlans => "sign care plans",
        Capability.ImportRecords => "import records",
        Capability.CloseAndApproveBilling => "close months and work with claims",
        Capability.ReadBilling => "read claims",
        Capability.ManageCharges => "set the practice's charges",
        Capability.ManagePayers => "keep the payer directory and patients' coverage",
        Capability.ManageTimeRules => "change the time rules",
        Capability.ManageBillingRules => "carry or confirm the billing rules of a year",
        Capability.ManageUsers => "manage users",
        Capability.ManageTokens => "manage API tokens",
        Capability.ManagePortalAccess => "manage portal access",
        Capability.HandleCareTeamNotices => "handle care-team notices",
        Capability.WorkOutreach => "call and write to patients about enrolling",
        Capability.ReadAuditTrail => "read the audit trail",
        Capability.ReadClaimAuditPackets => "download claim audit packets",
        Capability.ReadSharedRecords => "open shared records",
        Capability.ActForPatient => "act for the patient: consent, statements, stopping care management",
        _ => capability.ToString(),
    };
}
