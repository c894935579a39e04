namespace Chronicle.Domain.Enrollment;

using System.Globalization;
using Chronicle.Domain.Common;

/// <summary>
/// The initiating-visit rule for CCM and PCM (docs/rules/ccm.md §3.5). Since CY2017 an initiating visit
/// is required only for a new patient or one not seen by the billing practitioner within the year
/// before care management starts [AAFP-FPM17; CH-F2F; NOR-QA Nov 2017 Q1]; PCM follows the same
/// rule. Either way the records must show a face-to-face visit by the billing practitioner in that
/// year: an E/M visit of level 2–5 (99202–99205, 99212–99215), an annual wellness visit (G0438,
/// G0439) or the welcome visit (G0402) [AAFP-CMS16]. Being "seen" is read the same way, so one
/// check covers both cases. A visit after the start does not count: the visit comes first. The
/// practitioner must also discuss the program at an initiating visit; the enrollment records
/// which visit that was, since codes alone cannot show it.
/// </summary>
public sealed class InitiatingVisitRule
{
    private readonly HashSet<string> _codes;

    public InitiatingVisitRule(IEnumerable<HcpcsCode> qualifyingCodes, int lookbackMonths)
    {
        ArgumentNullException.ThrowIfNull(qualifyingCodes);
        ArgumentOutOfRangeException.ThrowIfLessThan(lookbackMonths, 1);
        _codes = qualifyingCodes.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (_codes.Count == 0)
        {
            throw new ArgumentException("The rule needs at least one qualifying code.", nameof(qualifyingCodes));
        }

        LookbackMonths = lookbackMonths;
        CodeList = Describe(_codes);
    }

    /// <summary>The CY2017–CY2026 rule. Transitional care (99495/99496) is cited by one vendor only, so it is left out.</summary>
    public static InitiatingVisitRule Default { get; } = new(
        new[] { "99202", "99203", "99204", "99205", "99212", "99213", "99214", "99215", "G0438", "G0439", "G0402" }
            .Select(HcpcsCode.Parse),
        lookbackMonths: 12);

    public int LookbackMonths { get; }

    /// <summary>The qualifying codes as people read them, e.g. "99202–99205, 99212–99215, G0402, G0438, G0439".</summary>
    public string CodeList { get; }

    public bool Qualifies(HcpcsCode code) => _codes.Contains(code.Value);

    /// <summary>
    /// The latest qualifying visit by <paramref name="practitioner"/> in the lookback window that
    /// ends on <paramref name="start"/> (both ends included), or a VISIT-NEEDED finding that says
    /// what would qualify.
    /// </summary>
    public InitiatingVisitCheck Check(IEnumerable<VisitFact> visits, Npi practitioner, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(visits);
        var from = start.AddMonths(-LookbackMonths);
        var byPractitioner = visits
            .Where(v => v.Code is { } code && Qualifies(code) && v.RenderingNpi == practitioner)
            .OrderByDescending(v => v.Date)
            .ToList();
        var found = byPractitioner.Find(v => v.Date >= from && v.Date <= start);
        if (found is not null)
        {
            return new InitiatingVisitCheck(found, null);
        }

        var after = byPractitioner.LastOrDefault(v => v.Date > start);
        var hint = after is null
            ? string.Empty
            : FormattableString.Invariant($" There is one on {after.Date:yyyy-MM-dd}, after the start; care management starts on or after its initiating visit.");
        var message = FormattableString.Invariant(
            $"No qualifying visit by NPI {practitioner} between {from:yyyy-MM-dd} and {start:yyyy-MM-dd}.{hint} The billing practitioner must see the patient face to face and discuss care management before it starts, when the patient is new or was not seen by them in the past {LookbackMonths} months. Qualifying visits: {CodeList}.");
        return new InitiatingVisitCheck(null, new Finding(EnrollmentCodes.VisitNeeded, message, EnrollmentSources.InitiatingVisit));
    }

    // Runs of consecutive numeric codes are written as ranges, as the rules write them.
    private static string Describe(IEnumerable<string> codes)
    {
        var parts = new List<string>();
        foreach (var code in codes.Order(StringComparer.Ordinal))
        {
            var last = parts.Count > 0 ? parts[^1] : null;
            var runEnd = last?.Split('–')[^1];
            if (runEnd is not null && IsNext(runEnd, code))
            {
                parts[^1] = $"{last!.Split('–')[0]}–{code}";
            }
            else
            {
                parts.Add(code);
            }
        }

        return string.Join(", ", parts);
    }

    private static bool IsNext(string previous, string code) =>
        int.TryParse(previous, NumberStyles.None, CultureInfo.InvariantCulture, out var a)
        && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var b)
        && b == a + 1;
}

/// <summary>The visit that satisfies the rule, or the finding that one is needed.</summary>
public sealed record InitiatingVisitCheck(VisitFact? Visit, Finding? Needed)
{
    public bool Satisfied => Needed is null;
}
