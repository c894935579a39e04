namespace Chronicle.Application.Patients;

using Chronicle.Data;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The language to speak with a patient, the one rule the patient header and the worklist share:
/// the patient's preferred language, else the language of their latest consent conversation.
/// Patients with neither are left out.
/// </summary>
public static class PatientLanguages
{
    public static async Task<Dictionary<PatientId, string>> OfAsync(ChronicleDbContext db, IReadOnlyCollection<PatientId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var languages = new Dictionary<PatientId, string>();
        foreach (var chunk in ids.Distinct().Chunk(500))
        {
            var preferred = await db.Patients.AsNoTracking()
                .Where(p => chunk.Contains(p.Id) && p.PreferredLanguage != null)
                .Select(p => new { p.Id, p.PreferredLanguage })
                .ToListAsync(cancellationToken);
            foreach (var p in preferred)
            {
                languages[p.Id] = p.PreferredLanguage!;
            }

            var rest = chunk.Where(id => !languages.ContainsKey(id)).ToList();
            if (rest.Count == 0)
            {
                continue;
            }

            var consents = await db.ConsentRecords.AsNoTracking()
                .Where(c => rest.Contains(c.PatientId))
                .Select(c => new { c.PatientId, c.Date, c.Sequence, c.Language })
                .ToListAsync(cancellationToken);
            foreach (var latest in consents.GroupBy(c => c.PatientId).Select(g => g.OrderByDescending(c => c.Date).ThenByDescending(c => c.Sequence).First()))
            {
                languages[latest.PatientId] = latest.Language;
            }
        }

        return languages;
    }
}
