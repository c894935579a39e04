namespace Chronicle.Domain.Codes;

/// <summary>
/// The ICD-10-CM release a practice has loaded (CMS "code descriptions in tabular order"),
/// answering whether a code exists and whether it is billable. An empty set means none was
/// loaded: codes are then checked for shape only, and callers show a warning saying so.
/// </summary>
public sealed class Icd10CodeSet
{
    private readonly IReadOnlyDictionary<string, bool> _billableByCode;
    private readonly Lazy<string[]> _sortedBillable;

    public Icd10CodeSet(IReadOnlyDictionary<string, bool> billableByCode, string? release)
    {
        _billableByCode = billableByCode;
        Release = release;
        _sortedBillable = new Lazy<string[]>(() => _billableByCode.Where(c => c.Value).Select(c => c.Key).Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>The release of one fiscal year, named "FY2027".</summary>
    public Icd10CodeSet(IReadOnlyDictionary<string, bool> billableByCode, int fiscalYear)
        : this(billableByCode, Icd10FiscalYear.Name(fiscalYear)) => FiscalYear = fiscalYear;

    /// <summary>The fiscal year of the release, when it was loaded as one (see <see cref="Icd10Releases"/>).</summary>
    public int? FiscalYear { get; }

    public static Icd10CodeSet None { get; } = new(new Dictionary<string, bool>(), null);

    /// <summary>The release loaded, e.g. "FY2026"; null when none is.</summary>
    public string? Release { get; }

    public bool IsLoaded => Release is not null && _billableByCode.Count > 0;

    public Icd10Check Check(Icd10Code code)
    {
        if (!IsLoaded)
        {
            return Icd10Check.FormatOnly;
        }

        if (!_billableByCode.TryGetValue(code.Value, out var billable))
        {
            return Icd10Check.Unknown;
        }

        return billable ? Icd10Check.Billable : Icd10Check.Header;
    }

    /// <summary>
    /// The billable codes of this release that a header or retired code is now coded as: those under
    /// it (I42.0 → I42.00, I42.01, I42.09), or, when it has none, those under its parent (a deleted
    /// I42.5 → its billable siblings in I42). Empty when nothing here starts with either.
    /// </summary>
    public IReadOnlyList<Icd10Code> Replacements(Icd10Code code)
    {
        var under = Under(code.Value);
        if (under.Count == 0 && code.Value.Length > 3)
        {
            under = Under(code.Value[..^1]);
        }

        return under.Where(c => c != code.Value).Select(Icd10Code.Parse).ToList();
    }

    private List<string> Under(string prefix)
    {
        var sorted = _sortedBillable.Value;
        var index = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        var found = new List<string>();
        for (var i = index < 0 ? ~index : index; i < sorted.Length && sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            found.Add(sorted[i]);
        }

        return found;
    }

    public static string Describe(Icd10Check check, Icd10Code code, string? release) => check switch
    {
        Icd10Check.Billable => $"{code.Display} is a billable ICD-10-CM code in {release}.",
        Icd10Check.Header => $"{code.Display} is a category header in {release}, not a billable code; choose a more specific code.",
        Icd10Check.Unknown => $"{code.Display} is not in ICD-10-CM {release}.",
        _ => $"{code.Display} has the shape of an ICD-10-CM code; no code set is loaded, so it was not checked against the release (run 'chronicle codes import icd10cm').",
    };
}

public enum Icd10Check
{
    FormatOnly,
    Billable,
    Header,
    Unknown,
}
