namespace Chronicle.Application.Practices;

using Chronicle.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>The home page's facts: which practice, how many patients and staff, which code set is loaded.</summary>
public sealed class GetPracticeOverview(ChronicleDbContext db)
{
    public async Task<PracticeOverview> ExecuteAsync(CancellationToken cancellationToken)
    {
        var practice = await db.Practices.AsNoTracking().OrderBy(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        var patients = await db.Patients.CountAsync(cancellationToken);
        var staff = await db.StaffMembers.CountAsync(cancellationToken);
        var icd10 = await db.CodeSetReleases.AsNoTracking()
            .Where(r => r.Kind == Codes.ReferenceCodes.Icd10Kind)
            .OrderByDescending(r => r.Name)
            .Select(r => r.Name)
            .FirstOrDefaultAsync(cancellationToken);
        return new PracticeOverview(practice?.Name, practice?.GroupNpi.Value, practice?.TimeZoneId, patients, staff, icd10);
    }
}

public sealed record PracticeOverview(
    string? PracticeName,
    string? GroupNpi,
    string? TimeZone,
    int PatientCount,
    int StaffCount,
    string? Icd10Release);
