namespace Chronicle.Interop.X12.Responses;

/// <summary>
/// Plain words, in our own phrasing, for the adjustment groups and the CARC/RARC codes seen on
/// care-management remittances (which codes and why: docs/adr/0215-reading-999-277ca-and-835.md;
/// the code lists are published at https://x12.org/codes/claim-adjustment-reason-codes and
/// https://x12.org/codes/remittance-advice-remark-codes). The one place the denials worklist
/// takes its explanations from; a code not listed here is shown by its number with a pointer to those lists.
/// </summary>
public static class AdjustmentCodeWords
{
    private static readonly Dictionary<string, string> Groups = new(StringComparer.Ordinal)
    {
        ["CO"] = "Contractual: the practice writes this off; the patient may not be billed for it.",
        ["PR"] = "Patient responsibility: the patient owes this (deductible, coinsurance or copay).",
        ["OA"] = "Other adjustment: neither the practice's contract nor the patient's share.",
        ["PI"] = "Payer-initiated reduction: the payer reduced the payment; the patient may not be billed for it.",
        ["CR"] = "Correction or reversal of an earlier payment.",
    };

    private static readonly Dictionary<string, string> ReasonCodes = new(StringComparer.Ordinal)
    {
        ["1"] = "Applied to the patient's deductible.",
        ["2"] = "The patient's coinsurance share.",
        ["3"] = "The patient's copay.",
        ["16"] = "The claim is missing information or has an error (often a diagnosis, procedure code or NPI); see the remark codes, correct and resubmit.",
        ["18"] = "A duplicate of a claim or service already billed, e.g. a second claim for the same month or code.",
        ["23"] = "Reduced by what an earlier payer already paid or adjusted.",
        ["24"] = "Covered by a capitation or managed-care (Medicare Advantage) agreement, so not paid separately.",
        ["26"] = "The service was before the patient's coverage with this payer began; check the coverage dates and bill the payer of that date.",
        ["27"] = "The service was after the patient's coverage with this payer ended; check the coverage dates and bill the payer of that date.",
        ["29"] = "Sent after the payer's time limit for filing.",
        ["31"] = "The payer cannot identify the patient as its member; check the member id (the MBI for Original Medicare) and the name and birth date.",
        ["45"] = "The charge is above the fee schedule or contracted amount; the difference is written off.",
        ["50"] = "Not considered medically necessary by the payer for the diagnoses given.",
        ["96"] = "Not a covered service for this patient or plan.",
        ["109"] = "Not covered by this payer: send the claim to the right one (e.g. a Medicare Advantage member's claim sent to the MAC).",
        ["119"] = "The benefit's limit for the period has been reached.",
        ["97"] = "Already paid as part of another service (bundled), e.g. overlapping care-management codes in the same month.",
        ["151"] = "More units or a higher frequency than the payer's information supports, e.g. too many add-on units in a month.",
        ["B9"] = "The patient is enrolled in hospice, which covers this care.",
        ["B15"] = "Needs a qualifying service that was not billed or paid, e.g. an add-on code without its base code.",
        ["B20"] = "Another provider already furnished and billed this service in the period, e.g. another practice billed care management this month.",
    };

    private static readonly Dictionary<string, string> RemarkCodes = new(StringComparer.Ordinal)
    {
        ["M15"] = "Separately billed services were bundled into another service's payment.",
        ["M51"] = "A procedure code is missing, incomplete or invalid.",
        ["M76"] = "A diagnosis code is missing, incomplete or invalid.",
        ["M80"] = "Not covered when done on the same day (or period) as another service already paid.",
        ["MA02"] = "The claim may be appealed; the notice explains how and by when.",
        ["MA04"] = "A secondary payment needs the primary payer's identity or payment first.",
        ["MA130"] = "The claim could not be processed as sent and has no appeal rights: send a new, corrected claim.",
        ["N30"] = "The patient is not eligible for this service.",
        ["N290"] = "The rendering provider's identifier (NPI) is missing or invalid.",
        ["N265"] = "The ordering provider's identifier is missing or invalid (not a consent problem).",
    };

    /// <summary>What an adjustment group code (CAS01) means, or null when it is not one.</summary>
    public static string? Group(string code) => Groups.GetValueOrDefault(code);

    /// <summary>What a claim adjustment reason code (CARC) means, or null when this table does not hold it.</summary>
    public static string? Reason(string code) => ReasonCodes.GetValueOrDefault(code);

    /// <summary>What a remittance advice remark code (RARC) means, or null when this table does not hold it.</summary>
    public static string? Remark(string code) => RemarkCodes.GetValueOrDefault(code);

    /// <summary>The words for a reason, or a pointer to the public list when this table does not hold it.</summary>
    public static string ReasonOrReference(string code) =>
        Reason(code) ?? $"Reason code {code}: see https://x12.org/codes/claim-adjustment-reason-codes.";
}
