namespace Chronicle.Application.Security;

/// <summary>
/// What a role may do, named by the work rather than by the page or endpoint that offers it: every
/// surface (pages, /api, /fhir, the CLI) reaches the same use case, and the use case asks
/// <see cref="Permissions"/> whether the actor's role holds the capability.
/// </summary>
public enum Capability
{
    /// <summary>Read the practice's patients, charts, time, enrollment, consent and care plans.</summary>
    ReadPatients,

    /// <summary>Log, correct and void one's own care-management time; run the live timer.</summary>
    LogTime,

    /// <summary>Log time on behalf of another staff member (an administrator's or a system's correction).</summary>
    LogTimeForOthers,

    /// <summary>Propose, enroll, unenroll, transfer, assign a care manager; record and revoke consent.</summary>
    ChangeEnrollmentAndConsent,

    /// <summary>Record a billed visit (e.g. the initiating visit).</summary>
    RecordVisits,

    /// <summary>Start, draft, revise and review care plans, record a copy given.</summary>
    EditCarePlans,

    /// <summary>Sign a care-plan version as the billing practitioner.</summary>
    SignCarePlans,

    /// <summary>Import patients and their records (FHIR bundles, CSV).</summary>
    ImportRecords,

    /// <summary>Close months, lock time months, build, correct, void and export claims, statements.</summary>
    CloseAndApproveBilling,

    /// <summary>Read claims and billing data (FHIR Claim resources, the claim audit packet).</summary>
    ReadBilling,

    /// <summary>Set the practice's own charges (its fee schedule).</summary>
    ManageCharges,

    /// <summary>Keep the payer directory and import patients' coverage (ADR 0220).</summary>
    ManagePayers,

    /// <summary>Change the practice's time-counting rules.</summary>
    ManageTimeRules,

    /// <summary>Carry a year's national billing rules into the next year and confirm them.</summary>
    ManageBillingRules,

    /// <summary>Give staff sign-ins, reset passwords, lock, unlock, end other users' sessions.</summary>
    ManageUsers,

    /// <summary>Issue, list and revoke API bearer tokens.</summary>
    ManageTokens,

    /// <summary>Invite patients and caregivers, share records with outside providers, revoke access.</summary>
    ManagePortalAccess,

    /// <summary>See and acknowledge the care team's notices (opt-outs made in the portal).</summary>
    HandleCareTeamNotices,

    /// <summary>Build the enrollment call list, record calls and letters to eligible patients, print letters and export their mailing fields.</summary>
    WorkOutreach,

    /// <summary>Read and verify the audit trail.</summary>
    ReadAuditTrail,

    /// <summary>Download a claim's audit packet (the evidence behind a billed month).</summary>
    ReadClaimAuditPackets,

    /// <summary>Open one's own (or a granted or shared) record in the portal.</summary>
    ReadSharedRecords,

    /// <summary>Act as the patient or a caregiver they named: see consent and statements, stop care management.</summary>
    ActForPatient,
}
