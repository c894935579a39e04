namespace Chronicle.Domain.Codes;

using System.Globalization;

/// <summary>
/// The ICD-10-CM releases loaded side by side, one per fiscal year, and which one a date of
/// service is checked against: the release in force on that date (1 October to 30 September).
/// When that year is not loaded the newest earlier one stands in (and <see cref="Check"/> says so),
/// so a practice that has not yet loaded a new release keeps the checks it had.
/// </summary>
public sealed class Icd10Releases
{
    private readonly List<Icd10CodeSet> _releases;

    public Icd10Releases(IEnumerable<Icd10CodeSet> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        _releases = releases.Where(r => r.IsLoaded && r.FiscalYear is not null).OrderBy(r => r.FiscalYear).ToList();
    }

    public static Icd10Releases None { get; } = new([]);

    public bool IsLoaded => _releases.Count > 0;

    /// <summary>The release that checks codes on the date: its own fiscal year's, else the newest earlier, else the oldest loaded.</summary>
    public Icd10CodeSet For(DateOnly date)
    {
        var year = Icd10FiscalYear.Of(date);
        return _releases.LastOrDefault(r => r.FiscalYear <= year) ?? (_releases.Count > 0 ? _releases[0] : null) ?? Icd10CodeSet.None;
    }

    /// <summary>
    /// Why the code cannot go on a claim dated <paramref name="date"/>, naming the release and the
    /// codes that replace it; null when it can (or when no release is loaded: shape only).
    /// </summary>
    public Icd10Finding? Check(Icd10Code code, DateOnly date)
    {
        var release = For(date);
        var check = release.Check(code);
        if (check is Icd10Check.Billable or Icd10Check.FormatOnly)
        {
            return null;
        }

        var replacements = release.Replacements(code);
        var name = Icd10FiscalYear.Describe(release.FiscalYear!.Value);
        var what = check == Icd10Check.Header
            ? $"{code.Display} is a category header in ICD-10-CM {name}, not a billable code"
            : $"{code.Display} is not in ICD-10-CM {name}";
        var instead = replacements.Count == 0
            ? "choose a more specific code"
            : $"code it as {Join(replacements)}";
        var message = string.Create(CultureInfo.InvariantCulture, $"on {date:yyyy-MM-dd} {what}; {instead}.");
        return new Icd10Finding(check, release.Release!, replacements, message);
    }

    /// <summary>
    /// A line for the explanation when the release in force on the date is not loaded and an
    /// earlier one stood in; null when the right one (or none at all) is loaded.
    /// </summary>
    public string? MissingRelease(DateOnly date)
    {
        var year = Icd10FiscalYear.Of(date);
        var used = For(date);
        return used.FiscalYear is { } loaded && loaded != year
            ? $"ICD-10-CM {Icd10FiscalYear.Describe(year)} is not loaded, so diagnoses were checked against {used.Release}; load it with 'chronicle codes import icd10cm' or 'chronicle codes import icd10cm-changes'"
            : null;
    }

    /// <summary>"I42.00, I42.01 or I42.09"; past eight, the first eight and how many more.</summary>
    private static string Join(IReadOnlyList<Icd10Code> codes)
    {
        const int Shown = 8;
        if (codes.Count > Shown)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", codes.Take(Shown).Select(c => c.Display))} or one of {codes.Count - Shown} more");
        }

        return codes.Count == 1 ? codes[0].Display : $"{string.Join(", ", codes.Take(codes.Count - 1).Select(c => c.Display))} or {codes[^1].Display}";
    }
}

/// <param name="Release">"FY2027".</param>
/// <param name="Replacements">The billable codes that replace a header or retired code in that release.</param>
/// <param name="Message">"on 2026-10-17 I42.0 is a category header in ICD-10-CM FY2027 (…); code it as I42.00, I42.01 or I42.09."</param>
public sealed record Icd10Finding(Icd10Check Check, string Release, IReadOnlyList<Icd10Code> Replacements, string Message);
