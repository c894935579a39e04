namespace Chronicle.Application.Practices;

using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The time zone of the signed-in person's practice, in which pages write instants (a notice sent at
/// 15:02 UTC reads 09:02 in Springfield, Illinois); null for someone outside a practice, whose pages keep UTC.
/// </summary>
public sealed class GetPracticeTimeZone(ChronicleDbContext db, PatientAccess access)
{
    public async Task<PracticeTimeZone?> ExecuteAsync(CancellationToken cancellationToken)
    {
        var practices = db.Practices.AsNoTracking();
        if (access.Actor.PracticeId is { } own)
        {
            practices = practices.Where(p => p.Id == own);
        }
        else if (!access.ActsForPractice)
        {
            return null;
        }

        var zone = await practices.OrderBy(p => p.Name).Select(p => p.TimeZoneId).FirstOrDefaultAsync(cancellationToken);
        return zone is null ? null : PracticeTimeZone.TryParse(zone).Value;
    }
}
