namespace Chronicle.Application.Codes;

using Chronicle.Data.Codes;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Patients;
using Chronicle.Interop.Codes;

/// <summary>
/// Turns the rows of a classification file into the rules to store: one per code (a code listed
/// under two conditions keeps the first, as the file orders them), ICD-10-CM codes that are
/// headers in the loaded release made prefixes (the file predates their expansion, so every code
/// under them belongs to the condition), and counts of what was passed over and why.
/// </summary>
internal sealed class ChronicRuleCollector(string source, Icd10CodeSet icd10)
{
    private readonly Dictionary<(CodeSystem, string), ChronicRuleEntry> _rules = [];
    private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);
    private readonly List<string> _conflicts = [];

    public IReadOnlyCollection<ChronicRuleEntry> Rules => _rules.Values;

    /// <summary>Why rows were passed over, with how many.</summary>
    public IReadOnlyDictionary<string, int> Skipped => _skipped;

    public int HeadersAsPrefixes { get; private set; }

    public int NotInRelease { get; private set; }

    public int MapsToNonBillable { get; private set; }

    public int Conflicts => _conflicts.Count;

    /// <summary>A few codes listed under more than one condition, for the summary.</summary>
    public IReadOnlyList<string> ConflictExamples => _conflicts.Take(5).ToList();

    public void Skip(string reason) => _skipped[reason] = _skipped.GetValueOrDefault(reason) + 1;

    public void Add(ChronicCsvRule rule)
    {
        if (_rules.TryGetValue((rule.System, rule.Code), out var existing))
        {
            if (!string.Equals(existing.Category, rule.Category, StringComparison.Ordinal))
            {
                _conflicts.Add($"{rule.Code} ({existing.Category}, not {rule.Category})");
            }

            return;
        }

        var prefix = rule.MarkedPrefix;
        if (rule.System == CodeSystem.Icd10Cm && icd10.IsLoaded)
        {
            var check = icd10.Check(Icd10Code.Parse(rule.Code));
            if (check == Icd10Check.Header && !prefix)
            {
                prefix = true;
                HeadersAsPrefixes++;
            }

            NotInRelease += check == Icd10Check.Unknown ? 1 : 0;
        }

        if (rule.MapsToIcd10 is { } target && icd10.IsLoaded && icd10.Check(Icd10Code.Parse(target)) != Icd10Check.Billable)
        {
            MapsToNonBillable++;
        }

        _rules.Add((rule.System, rule.Code), new ChronicRuleEntry
        {
            System = rule.System, Code = rule.Code, IsPrefix = prefix, Category = rule.Category, Source = source, MapsToIcd10 = rule.MapsToIcd10,
        });
    }
}
