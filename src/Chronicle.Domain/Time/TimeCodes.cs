namespace Chronicle.Domain.Time;

/// <summary>
/// The stable codes of refused time commands and of minutes that do not count. They are part of
/// the public contract (API ProblemDetails, CLI --json, UI): never rename one, add new ones.
/// </summary>
public static class TimeCodes
{
    public const string Future = "TIME-FUTURE";
    public const string Duration = "TIME-DURATION";
    public const string BackdateReason = "TIME-BACKDATE-REASON";
    public const string MonthLocked = "TIME-MONTH-LOCKED";
    public const string ReasonRequired = "TIME-REASON-REQUIRED";
    public const string NotFound = "TIME-NOT-FOUND";
    public const string Superseded = "TIME-SUPERSEDED";
    public const string NoteTooLong = "TIME-NOTE-TOO-LONG";
    public const string Unchanged = "TIME-UNCHANGED";
    public const string ConfirmLong = "TIME-CONFIRM-LONG";

    public const string TimerRunning = "TIMER-RUNNING";
    public const string TimerNotRunning = "TIMER-NOT-RUNNING";
    public const string TimerConfirmLong = "TIMER-CONFIRM-LONG";
    public const string TimerTooShort = "TIMER-TOO-SHORT";

    // Why logged minutes do not count (the billing engine's note codes, docs/spec/billing-scenario.md).
    public const string InpatientExcluded = "INPATIENT-TIME-EXCLUDED";
    public const string NonClinicalExcluded = "NON-CLINICAL-TIME-EXCLUDED";
    public const string OverlappingTime = "OVERLAPPING-TIME";
    public const string BeforeConsent = "TIME-BEFORE-CONSENT";
}

/// <summary>Where each rule comes from: the section of docs/rules/ccm.md.</summary>
public static class TimeRuleSources
{
    public const string NeverCounts = "docs/rules/ccm.md §6.3 [AAFP-FAQ15; CMSFAQ17]";
    public const string HardThresholds = "docs/rules/ccm.md §1.1 'Thresholds are hard' [MCR]";
    public const string NoDoubleCounting = "docs/rules/ccm.md §2 rule 2 [RHIHUB-APCM; AVANTI; MCR]";
    public const string ConsentBeforeService = Billing.BillingSources.ConsentBeforeService;
    public const string CalendarMonth = "docs/rules/ccm.md §1, docs/design.md §4 (local start month)";
}
