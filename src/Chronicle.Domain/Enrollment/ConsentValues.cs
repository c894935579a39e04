namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;

public enum ConsentMethod
{
    Verbal = 1,
    Written = 2,
}

public enum ConsentDecision
{
    Accepted = 1,
    Declined = 2,
}

/// <summary>
/// The four things the patient must be told before care management starts (docs/rules/ccm.md §4):
/// that the service is available, that cost sharing applies, that only one practitioner can bill
/// it in a calendar month, and that the patient may stop at any time, effective at month end.
/// </summary>
[Flags]
public enum ConsentDisclosures
{
    None = 0,
    Availability = 1,
    CostSharing = 2,
    OnePractitioner = 4,
    RightToStop = 8,
    All = Availability | CostSharing | OnePractitioner | RightToStop,
}

/// <summary>The spellings of the CSV files (docs/spec/import-formats.md, <c>consents</c>).</summary>
public static class ConsentCodes
{
    private static readonly (ConsentDisclosures Flag, string Code)[] DisclosureCodes =
    [
        (ConsentDisclosures.Availability, "availability"),
        (ConsentDisclosures.CostSharing, "cost-sharing"),
        (ConsentDisclosures.OnePractitioner, "one-practitioner"),
        (ConsentDisclosures.RightToStop, "right-to-stop"),
    ];

    public static ValueResult<ConsentMethod> TryParseMethod(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "verbal" => ValueResult<ConsentMethod>.Ok(ConsentMethod.Verbal),
        "written" => ValueResult<ConsentMethod>.Ok(ConsentMethod.Written),
        _ => ValueResult<ConsentMethod>.Fail($"'{text}' is not a consent method; use verbal or written."),
    };

    public static ValueResult<ConsentDecision> TryParseDecision(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "accepted" => ValueResult<ConsentDecision>.Ok(ConsentDecision.Accepted),
        "declined" => ValueResult<ConsentDecision>.Ok(ConsentDecision.Declined),
        _ => ValueResult<ConsentDecision>.Fail($"'{text}' is not a consent decision; use accepted or declined."),
    };

    /// <summary>Parses a semicolon list such as <c>availability;cost-sharing</c>; an empty list is none.</summary>
    public static ValueResult<ConsentDisclosures> TryParseDisclosures(string? text)
    {
        var result = ConsentDisclosures.None;
        foreach (var part in (text ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = Array.Find(DisclosureCodes, d => string.Equals(d.Code, part, StringComparison.OrdinalIgnoreCase));
            if (match.Code is null)
            {
                return ValueResult<ConsentDisclosures>.Fail(
                    $"'{part}' is not a disclosure; use {string.Join(", ", DisclosureCodes.Select(d => d.Code))}.");
            }

            result |= match.Flag;
        }

        return ValueResult<ConsentDisclosures>.Ok(result);
    }

    /// <summary>Which of the four required disclosures a conversation did not record.</summary>
    public static ConsentDisclosures Missing(this ConsentDisclosures told) => ConsentDisclosures.All & ~told;

    public static string ToCode(this ConsentMethod method) => method == ConsentMethod.Written ? "written" : "verbal";

    public static string ToCode(this ConsentDecision decision) => decision == ConsentDecision.Declined ? "declined" : "accepted";

    /// <summary>The disclosures in CSV spelling, in the order the rules list them, joined by semicolons.</summary>
    public static string ToCodes(this ConsentDisclosures disclosures) =>
        string.Join(';', DisclosureCodes.Where(d => disclosures.HasFlag(d.Flag)).Select(d => d.Code));
}
