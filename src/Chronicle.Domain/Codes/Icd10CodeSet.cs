namespace Chronicle.Domain.Codes;

/// <summary>
/// The ICD-10-CM release a practice has loaded (CMS "code descriptions in tabular order"),
/// answering whether a code exists and whether it is billable. An empty set means none was
/// loaded: codes are then checked for shape only, and callers show a warning saying so.
/// </summary>
public sealed class Icd10CodeSet
{
    private readonly IReadOnlyDictionary<string, bool> _billableByCode;

    public Icd10CodeSet(IReadOnlyDictionary<string, bool> billableByCode, string? release)
    {
        _billableByCode = billableByCode;
        Release = release;
    }

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
