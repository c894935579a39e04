namespace Chronicle.Application.Codes;

using Chronicle.Data;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Eligibility;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The code knowledge imports, eligibility and billing need, read once per use: an ICD-10-CM
/// release (the one in force on a date, or the newest; none means format-only checks) and the
/// chronic classifier made of the built-in table plus every imported classification line.
/// </summary>
public sealed class ReferenceCodes(ChronicleDbContext db)
{
    public const string Icd10Kind = "icd10cm";
    public const string ChronicKind = "chronic";

    /// <summary>The warning every import gives when it had to check ICD-10-CM codes without a release.</summary>
    public const string NoIcd10Warning =
        "No ICD-10-CM code set is loaded, so ICD-10-CM codes were checked for their shape only, not against a release (load one with 'chronicle codes import icd10cm').";

    /// <summary>The newest loaded release: what a classification's headers are recognised by.</summary>
    public async Task<Icd10CodeSet> LoadIcd10Async(CancellationToken cancellationToken)
    {
        var years = await LoadedYearsAsync(cancellationToken);
        return years.Count == 0 ? Icd10CodeSet.None : await LoadYearAsync(years[^1], cancellationToken);
    }

    /// <summary>The release in force on the date (a condition imported today is checked against today's).</summary>
    public async Task<Icd10CodeSet> LoadIcd10Async(DateOnly onDate, CancellationToken cancellationToken) =>
        (await LoadIcd10ReleasesAsync(onDate, onDate, cancellationToken)).For(onDate);

    /// <summary>
    /// The releases that check dates of service from <paramref name="from"/> to <paramref name="to"/>
    /// (for a month, one), each loaded once; the rest stay in the database.
    /// </summary>
    public async Task<Icd10Releases> LoadIcd10ReleasesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var years = await LoadedYearsAsync(cancellationToken);
        var needed = new SortedSet<int>();
        for (var month = new DateOnly(from.Year, from.Month, 1); years.Count > 0 && month <= to; month = month.AddMonths(1))
        {
            // The same choice Icd10Releases.For makes: the date's own year, else the newest earlier, else the oldest.
            var fiscalYear = Icd10FiscalYear.Of(month);
            needed.Add(years.LastOrDefault(y => y <= fiscalYear, years[0]));
        }

        var sets = new List<Icd10CodeSet>();
        foreach (var year in needed)
        {
            sets.Add(await LoadYearAsync(year, cancellationToken));
        }

        return new Icd10Releases(sets);
    }

    /// <summary>
    /// Just enough of the release in force on the date to check these codes and suggest their
    /// replacements: every code of their three-character categories, in one query (the patient page).
    /// </summary>
    public async Task<Icd10Releases> LoadIcd10CategoriesAsync(DateOnly onDate, IReadOnlyCollection<Icd10Code> codes, CancellationToken cancellationToken)
    {
        var years = await LoadedYearsAsync(cancellationToken);
        if (years.Count == 0 || codes.Count == 0)
        {
            return Icd10Releases.None;
        }

        var fiscalYear = Icd10FiscalYear.Of(onDate);
        var year = years.LastOrDefault(y => y <= fiscalYear, years[0]);
        var categories = codes.Select(c => c.Category).Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.Icd10Codes.AsNoTracking()
            .Where(c => c.FiscalYear == year && categories.Contains(c.Code.Substring(0, 3)))
            .Select(c => new { c.Code, c.Billable })
            .ToDictionaryAsync(c => c.Code, c => c.Billable, StringComparer.Ordinal, cancellationToken);

        // An empty slice (every code unknown) must still count as the loaded release, not as none.
        return new Icd10Releases([new Icd10CodeSet(rows.Count == 0 ? new Dictionary<string, bool> { [string.Empty] = false } : rows, year)]);
    }

    public Task<List<int>> LoadedYearsAsync(CancellationToken cancellationToken) =>
        db.Icd10Codes.AsNoTracking().Select(c => c.FiscalYear).Distinct().OrderBy(y => y).ToListAsync(cancellationToken);

    private async Task<Icd10CodeSet> LoadYearAsync(int year, CancellationToken cancellationToken)
    {
        var codes = await db.Icd10Codes.AsNoTracking()
            .Where(c => c.FiscalYear == year)
            .Select(c => new { c.Code, c.Billable })
            .ToDictionaryAsync(c => c.Code, c => c.Billable, StringComparer.Ordinal, cancellationToken);
        return new Icd10CodeSet(codes, year);
    }

    public async Task<ChronicClassifier> LoadClassifierAsync(CancellationToken cancellationToken)
    {
        var imported = await db.ChronicRules.AsNoTracking()
            .OrderBy(r => r.Id)
            .Select(r => new ChronicRule(r.System, r.Code, r.IsPrefix, r.Category, r.Source, r.MapsToIcd10))
            .ToListAsync(cancellationToken);
        return new ChronicClassifier(imported);
    }
}
