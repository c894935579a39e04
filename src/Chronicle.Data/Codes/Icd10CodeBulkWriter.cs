namespace Chronicle.Data.Codes;

using Microsoft.EntityFrameworkCore;

/// <summary>
/// Replaces one fiscal year of ICD-10-CM codes (about 98,000 rows) inside the caller's
/// transaction. Change tracking would spend most of the time on bookkeeping, so rows go to the
/// database the fastest way each provider offers: binary COPY on PostgreSQL, prepared
/// multi-row INSERTs on SQLite.
/// </summary>
public static class Icd10CodeBulkWriter
{
    /// <returns>How many rows of that year were deleted and how many were written.</returns>
    public static async Task<(int Deleted, int Written)> ReplaceFiscalYearAsync(
        this ChronicleDbContext db, int fiscalYear, IEnumerable<Icd10CodeEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Replacing a code set must run inside a transaction, so that a failure leaves the old rows.");
        }

        var deleted = await db.Icd10Codes.Where(c => c.FiscalYear == fiscalYear).ExecuteDeleteAsync(cancellationToken);
        var table = Icd10Table.Of(db);
        var written = db.Provider == DatabaseProvider.Postgres
            ? await PostgresCopy.WriteAsync(db, table, entries, cancellationToken)
            : await SqliteBatchInsert.WriteAsync(db, table, entries, cancellationToken);
        return (deleted, written);
    }
}
