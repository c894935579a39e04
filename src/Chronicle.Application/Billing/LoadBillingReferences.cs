namespace Chronicle.Application.Billing;

using Chronicle.Application.Codes;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Billing;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The reference data the rules engine decides a practice's months with, read once per run: the
/// built-in fee table overlaid by the national amounts imported for the year ('chronicle codes
/// import pfs'), the chronic classification and the ICD-10-CM release in force in the month
/// (docs/adr/0180-icd10cm-releases-by-date-of-service.md).
/// </summary>
public sealed class LoadBillingReferences(ChronicleDbContext db, ReferenceCodes codes)
{
    /// <summary>For one month: its year's fees and the ICD-10-CM release in force on its dates of service.</summary>
    public async Task<BillingReferences> ExecuteAsync(BillingMonth month, CancellationToken cancellationToken)
    {
        return new BillingReferences(
            await FeesAsync(month.Year, cancellationToken),
            await codes.LoadClassifierAsync(cancellationToken),
            await codes.LoadIcd10ReleasesAsync(month.FirstDay, month.LastDay, cancellationToken));
    }

    /// <summary>Only the fee schedule of the year (the worklist's payment at stake needs no code sets).</summary>
    public async Task<FeeSchedule> FeesAsync(int year, CancellationToken cancellationToken)
    {
        var imported = await db.FeeScheduleAmounts.AsNoTracking().Where(a => a.Year == year).ToListAsync(cancellationToken);
        return FeeSchedule.BuiltIn.With(imported.Select(a => a.ToEntry()));
    }
}
