namespace Chronicle.Application.Codes;

using Chronicle.Data;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Eligibility;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The code knowledge imports and eligibility need, read once per use: the newest loaded
/// ICD-10-CM release (or none, meaning format-only checks) and the chronic classifier made of the
/// built-in table plus every imported classification line.
/// </summary>
public sealed class ReferenceCodes(ChronicleDbContext db)
{
    public const string Icd10Kind = "icd10cm";
    public const string ChronicKind = "chronic";

    /// <summary>The warning every import gives when it had to check ICD-10-CM codes without a release.</summary>
    public const string NoIcd10Warning =
        "No ICD-10-CM code set is loaded, so ICD-10-CM codes were checked for their shape only, not against a release (load one with 'chronicle codes import icd10cm').";

    public async Task<Icd10CodeSet> LoadIcd10Async(CancellationToken cancellationToken)
    {
        var year = await db.Icd10Codes.AsNoTracking()
            .Select(c => (int?)c.FiscalYear)
            .MaxAsync(cancellationToken);
        if (year is null)
        {
            return Icd10CodeSet.None;
        }

        var codes = await db.Icd10Codes.AsNoTracking()
            .Where(c => c.FiscalYear == year)
            .Select(c => new { c.Code, c.Billable })
            .ToDictionaryAsync(c => c.Code, c => c.Billable, StringComparer.Ordinal, cancellationToken);
        return new Icd10CodeSet(codes, $"FY{year}");
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
