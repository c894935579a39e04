namespace Chronicle.Application.Codes;

using Chronicle.Data;
using Chronicle.Domain.Eligibility;
using Microsoft.EntityFrameworkCore;

/// <summary>What code knowledge is loaded (chronicle codes status): ICD-10-CM releases and classification sources.</summary>
public sealed class GetCodeSetStatus(ChronicleDbContext db)
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
            var name = $"FY{y.Year}";
            var release = releases[(ReferenceCodes.Icd10Kind, name)].FirstOrDefault();
            return new Icd10ReleaseStatus(name, y.Entries, y.Billable, release?.SourceFile, release?.ImportedAt);
        }).ToList();
        var sources = rules.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r =>
        {
            var release = releases[(ReferenceCodes.ChronicKind, r.Key)].FirstOrDefault();
            return new ClassificationSourceStatus(r.Key, r.Value, release?.SourceFile, release?.ImportedAt);
        }).ToList();

        return new CodeSetStatus(icd10.FirstOrDefault()?.Name, icd10, BuiltInChronicConditions.Rules.Count, sources);
    }
}

/// <param name="ActiveIcd10Release">The release that validates codes (the newest loaded); null means format-only checks.</param>
public sealed record CodeSetStatus(
    string? ActiveIcd10Release,
    IReadOnlyList<Icd10ReleaseStatus> Icd10Releases,
    int BuiltInRules,
    IReadOnlyList<ClassificationSourceStatus> ClassificationSources);

public sealed record Icd10ReleaseStatus(string Name, int Entries, int Billable, string? SourceFile, DateTimeOffset? ImportedAt);

public sealed record ClassificationSourceStatus(string Source, int Rules, string? SourceFile, DateTimeOffset? ImportedAt);
