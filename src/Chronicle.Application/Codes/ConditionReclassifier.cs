namespace Chronicle.Application.Codes;

using Chronicle.Data;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Patients;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Applies a classifier to every stored condition after the classification changed. The
/// conditions are streamed in one projection and classified in memory; only those whose
/// classification (or SNOMED-to-ICD-10 map) changes are then loaded and saved, in batches.
/// </summary>
internal static class ConditionReclassifier
{
    private const int Batch = 500;

    public static async Task<ReclassifyCounts> ReclassifyAllAsync(ChronicleDbContext db, ChronicClassifier classifier, CancellationToken cancellationToken)
    {
        var stored = db.Conditions.AsNoTracking()
            .Select(c => new
            {
                c.Id,
                c.CodeSystem,
                c.Code,
                c.Icd10,
                c.Classification.IsChronic,
                c.Classification.Category,
                c.Classification.Source,
            })
            .AsAsyncEnumerable();

        // Streamed, so that only the conditions that change are held in memory.
        var examined = 0;
        var changes = new Dictionary<ConditionId, (ChronicClassification Classification, Icd10Code? MappedIcd10)>();
        await foreach (var c in stored.WithCancellation(cancellationToken))
        {
            examined++;
            var mapped = c.CodeSystem == CodeSystem.SnomedCt && c.Icd10 is null ? classifier.MapToIcd10(c.Code) : null;
            var classification = classifier.Classify(c.CodeSystem, c.Code, mapped ?? c.Icd10);
            if (mapped is not null || classification != new ChronicClassification(c.IsChronic, c.Category, c.Source))
            {
                changes[c.Id] = (classification, mapped);
            }
        }

        var counts = new ReclassifyCounts(examined, 0, 0);
        foreach (var chunk in changes.Keys.Chunk(Batch))
        {
            var conditions = await db.Conditions.Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken);
            foreach (var condition in conditions)
            {
                var (classification, mapped) = changes[condition.Id];
                var reclassified = condition.Classification != classification;
                if (mapped is { } icd10)
                {
                    condition.Update(DetailsOf(condition) with { Icd10 = icd10 }, classification);
                }
                else
                {
                    condition.Reclassify(classification);
                }

                counts = counts with
                {
                    Reclassified = counts.Reclassified + (reclassified ? 1 : 0),
                    MappedToIcd10 = counts.MappedToIcd10 + (mapped is null ? 0 : 1),
                };
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return counts;
    }

    private static ConditionDetails DetailsOf(Condition c) =>
        new(c.SourceKey, c.CodeSystem, c.Code, c.Display, c.Icd10, c.OnsetDate, c.AbatementDate, c.ClinicalStatus, c.ChronicOverride);
}

/// <param name="Examined">Conditions stored.</param>
/// <param name="Reclassified">Conditions whose classification (chronic, category or source) changed.</param>
/// <param name="MappedToIcd10">SNOMED CT conditions without an ICD-10-CM code that received one from the classification's map.</param>
public sealed record ReclassifyCounts(int Examined, int Reclassified, int MappedToIcd10);
