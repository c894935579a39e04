namespace Chronicle.Application.Codes;

using Chronicle.Data;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Eligibility;
using Microsoft.EntityFrameworkCore;

/// <summary>What code knowledge is loaded (chronicle codes status): ICD-10-CM releases and classification sources.</summary>
public sealed class GetCodeSetStatus(ChronicleDbContext db, TimeProvider clock)
{
    public async Task<CodeSetStatus> ExecuteAsync(CancellationToken cancellationToken)
    {
        var years = await db.Icd10Codes.AsNoTracking()
            .GroupBy(c => c.FiscalYear)
            .Select(g => new { Year = g.Key, Entries = g.Count(), Billable = g.Count(c => c.Billable) })
            .ToListAsync(cancellationToken);
        var rules = await db.ChronicRules.AsNoTracking()
            .GroupBy(r => r.Source)
            .Select(g => new { Source = g.Key, Rules = g.Count() })
            .ToDictionaryAsync(g => g.Source, g => g.Rules, StringComparer.Ordinal, cancellationToken);
        var releases = (await db.CodeSetReleases.AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(r => (r.Kind, r.Name));

        var icd10 = years.OrderByDescending(y => y.Year).Select(y =>
        {
            var name = Icd10FiscalYear.Name(y.Year);
            var release = releases[(ReferenceCodes.Icd10Kind, name)].FirstOrDefault();
            return new Icd10ReleaseStatus(name, y.Entries, y.Billable, release?.SourceFile, release?.ImportedAt)
            {
                EffectiveFrom = Icd10FiscalYear.Start(y.Year),
                EffectiveTo = Icd10FiscalYear.End(y.Year),
            };
        }).ToList();
        var sources = rules.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r =>
        {
            var release = releases[(ReferenceCodes.ChronicKind, r.Key)].FirstOrDefault();
            return new ClassificationSourceStatus(r.Key, r.Value, release?.SourceFile, release?.ImportedAt);
        }).ToList();

        // The same choice the checks make (Icd10Releases.For): today's fiscal year, else the newest earlier, else the oldest.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var fiscalYear = Icd10FiscalYear.Of(today);
        var inForce = icd10.FirstOrDefault(r => r.EffectiveFrom <= Icd10FiscalYear.Start(fiscalYear)) ?? icd10.LastOrDefault();
        return new CodeSetStatus(inForce?.Name, icd10, BuiltInChronicConditions.Rules.Count, sources);
    }
}

/// <param name="ActiveIcd10Release">The release that checks codes with today's date (each release checks its own fiscal year's dates of service); null means format-only checks.</param>
public sealed record CodeSetStatus(
    string? ActiveIcd10Release,
    IReadOnlyList<Icd10ReleaseStatus> Icd10Releases,
    int BuiltInRules,
    IReadOnlyList<ClassificationSourceStatus> ClassificationSources);

public sealed record Icd10ReleaseStatus(string Name, int Entries, int Billable, string? SourceFile, DateTimeOffset? ImportedAt)
{
    /// <summary>1 October before the fiscal year: the first date of service the release checks.</summary>
    public DateOnly EffectiveFrom { get; init; }

    /// <summary>30 September of the fiscal year: the last.</summary>
    public DateOnly EffectiveTo { get; init; }
}

public sealed record ClassificationSourceStatus(string Source, int Rules, string? SourceFile, DateTimeOffset? ImportedAt);
