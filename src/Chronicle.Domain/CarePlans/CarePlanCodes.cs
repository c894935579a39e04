namespace Chronicle.Domain.CarePlans;

/// <summary>Stable codes of the care plan's business outcomes, as the UI, API and CLI show them.</summary>
public static class CarePlanCodes
{
    public const string Source = "docs/rules/ccm.md §5";

    public const string Exists = "CAREPLAN-EXISTS";
    public const string NotFound = "CAREPLAN-NOT-FOUND";
    public const string NoChange = "CAREPLAN-NO-CHANGE";
    public const string Incomplete = "CAREPLAN-INCOMPLETE";
    public const string NotPractitioner = "CAREPLAN-SIGNER-NOT-PRACTITIONER";
    public const string AlreadySigned = "CAREPLAN-ALREADY-SIGNED";
    public const string NotLatest = "CAREPLAN-NOT-LATEST";
    public const string NotActive = "CAREPLAN-NOT-ACTIVE";
    public const string Invalid = "CAREPLAN-INVALID";
    public const string FutureDate = "CAREPLAN-FUTURE-DATE";
    public const string Stale = "CAREPLAN-CONFLICT";
}
