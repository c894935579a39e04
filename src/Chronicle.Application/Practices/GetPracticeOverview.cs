namespace Chronicle.Application.Practices;

using Chronicle.Application.Security;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The home page's facts: which practice, how many patients and staff, which code set is loaded.
/// Staff see their own practice; the operator the first practice by name. Anyone else sees no practice.
/// </summary>
public sealed class GetPracticeOverview(ChronicleDbContext db, PatientAccess access)
{
    public async Task<PracticeOverview> ExecuteAsync(CancellationToken cancellationToken)
    {
        var icd10 = await db.CodeSetReleases.AsNoTracking()
            .Where(r => r.Kind == Codes.ReferenceCodes.Icd10Kind)
            .OrderByDescending(r => r.Name)
            .Select(r => r.Name)
            .FirstOrDefaultAsync(cancellationToken);
        if (!access.ActsForPractice)
        {
            return new PracticeOverview(null, null, null, 0, 0, icd10);
        }

        var practices = db.Practices.AsNoTracking();
        if (access.Actor.PracticeId is { } own)
        {
            practices = practices.Where(p => p.Id == own);
        }

        var practice = await practices.OrderBy(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        if (practice is null)
        {
            return new PracticeOverview(null, null, null, 0, 0, icd10);
        }

        var patients = await access.VisiblePatients().CountAsync(p => p.PracticeId == practice.Id, cancellationToken);
        var staff = await db.StaffMembers.CountAsync(s => s.PracticeId == practice.Id, cancellationToken);
        return new PracticeOverview(practice.Name, practice.GroupNpi.Value, practice.TimeZoneId, patients, staff, icd10);
    }
}

public sealed record PracticeOverview(
    string? PracticeName,
    string? GroupNpi,
    string? TimeZone,
    int PatientCount,
    int StaffCount,
    string? Icd10Release);
