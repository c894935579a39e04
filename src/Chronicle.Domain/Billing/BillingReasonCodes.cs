namespace Chronicle.Domain.Billing;

/// <summary>
/// The stable reason codes of billing decisions (docs/spec/billing-scenario.md, "Reason codes"). They are a
/// public contract (CLI --json, API, claims review): never rename one; add new ones.
/// </summary>
public static class BillingReasonCodes
{
    public const string NotEnrolled = "NOT-ENROLLED";
    public const string BelowThreshold = "BELOW-THRESHOLD";
    public const string InsufficientConditions = "INSUFFICIENT-CONDITIONS";
    public const string NoConsent = "NO-CONSENT";
    public const string ConsentDeclined = "CONSENT-DECLINED";
    public const string ConsentRevoked = "CONSENT-REVOKED";
    public const string ConsentOtherPractitioner = "CONSENT-OTHER-PRACTITIONER";

    /// <summary>Added by Chronicle: the consent does not record all four required disclosures.</summary>
    public const string ConsentIncomplete = "CONSENT-INCOMPLETE";
    public const string TimeBeforeConsent = "TIME-BEFORE-CONSENT";
    public const string NoInitiatingVisit = "NO-INITIATING-VISIT";
    public const string NoCarePlan = "NO-CARE-PLAN";
    public const string CarePlanIncomplete = "CARE-PLAN-INCOMPLETE";
    public const string CarePlanNotMaintained = "CARE-PLAN-NOT-MAINTAINED";
    public const string CarePlanNotShared = "CARE-PLAN-NOT-SHARED";
    public const string ConflictSamePractitioner = "CONFLICT-SAME-PRACTITIONER";
    public const string OtherPractitionerBilled = "OTHER-PRACTITIONER-BILLED";
    public const string ConflictOtherPractitioner = "CONFLICT-OTHER-PRACTITIONER";
    public const string InvalidNpi = "INVALID-NPI";
    public const string InvalidMbi = "INVALID-MBI";
    public const string InvalidDiagnosis = "INVALID-DIAGNOSIS";
    public const string OverlappingTime = "OVERLAPPING-TIME";
    public const string InpatientTimeExcluded = "INPATIENT-TIME-EXCLUDED";
    public const string NonClinicalTimeExcluded = "NON-CLINICAL-TIME-EXCLUDED";
    public const string ComplexityNotAttested = "COMPLEXITY-NOT-ATTESTED";

    /// <summary>Added by Chronicle: no primary coverage is in force on the date of service, so there is no payer to bill.</summary>
    public const string NoCoverage = "NO-COVERAGE";

    /// <summary>Added by Chronicle: decided under a year's rules carried forward and not yet confirmed (a note).</summary>
    public const string ProvisionalRules = "PROVISIONAL-RULES";

    /// <summary>Added by Chronicle: G0511 billed by an RHC or FQHC for a date of service after 30 September 2025.</summary>
    public const string G0511Ended = "G0511-ENDED";

    /// <summary>Added by Chronicle: G0512 billed by an RHC or FQHC for a date of service after 31 December 2025.</summary>
    public const string G0512Ended = "G0512-ENDED";
}
