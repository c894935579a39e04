namespace Chronicle.Domain.Enrollment;

/// <summary>
/// The stable codes of enrollment, consent and gate outcomes. They are part of the public
/// contract (API ProblemDetails, CLI --json, audit and logs): never rename one, add new ones.
/// </summary>
public static class EnrollmentCodes
{
    // Refused enrollment commands.
    public const string Overlap = "ENROLL-OVERLAP";
    public const string ProgramConflict = "ENROLL-PROGRAM-CONFLICT";
    public const string Transition = "ENROLL-TRANSITION";
    public const string DateOrder = "ENROLL-DATE-ORDER";
    public const string Duplicate = "ENROLL-DUPLICATE";
    public const string NotFound = "ENROLL-NOT-FOUND";
    public const string ReasonRequired = "ENROLL-REASON-REQUIRED";
    public const string SamePractitioner = "ENROLL-SAME-PRACTITIONER";

    // Refused consent commands.
    public const string ConsentInvalid = "CONSENT-INVALID";
    public const string ConsentNotFound = "CONSENT-NOT-FOUND";
    public const string ConsentSuperseded = "CONSENT-SUPERSEDED";
    public const string ConsentNotAccepted = "CONSENT-NOT-ACCEPTED";
    public const string ConsentDateOrder = "CONSENT-DATE-ORDER";
    public const string ConsentDisclosuresMissing = "CONSENT-DISCLOSURES-MISSING";

    // What the gate finds missing for a billable month.
    public const string NotEnrolled = "NOT-ENROLLED";
    public const string CareManagerMissing = "CARE-MANAGER-MISSING";
    // The same fact as billing's NO-CONSENT, so the same code; CONSENT-MISSING is its retired alias (ADR 0167).
    public const string ConsentMissing = Billing.BillingReasonCodes.NoConsent;
    public const string ConsentDeclined = "CONSENT-DECLINED";
    public const string ConsentRevoked = "CONSENT-REVOKED";
    public const string ConsentIncomplete = "CONSENT-INCOMPLETE";
    public const string ConsentOtherPractitioner = "CONSENT-OTHER-PRACTITIONER";
    public const string ConsentCareElsewhere = "CONSENT-CARE-ELSEWHERE";
    public const string VisitNeeded = "VISIT-NEEDED";
}

/// <summary>Where each rule comes from: section of docs/rules/ccm.md and its source ids.</summary>
public static class EnrollmentSources
{
    public const string OneBillerPerMonth = "docs/rules/ccm.md §2 rule 1 [NGS; AAPC-FAQ15; CH-CONS]";
    public const string CcmVersusPcm = "docs/rules/ccm.md §2, §9.4, §10 'CCM vs PCM' [NSIGHT-PCM; WILLOW]";
    public const string ConsentElements = "docs/rules/ccm.md §4 [CH-CONS; AMA-CONS; NGS; TMA]";
    public const string ConsentBeforeService = "docs/rules/ccm.md §4 'When', 'No contact, no billing' [AMA-CONS; NOR-QA Q3]";
    public const string ConsentPerPractitioner = "docs/rules/ccm.md §4 'Renewal', §10 'Consent scope' [AMA-CONS; NOR-QA Q3]";
    public const string Revocation = "docs/rules/ccm.md §4 item 4, §10 'Consent revocation'";
    public const string InitiatingVisit = "docs/rules/ccm.md §3.5 [AAFP-FPM17; CH-F2F; NOR-QA Q1; AAFP-CMS16]";
    public const string CareTeamMember = "docs/rules/ccm.md §10 '24/7 / continuity' (designated care-team member)";
}
