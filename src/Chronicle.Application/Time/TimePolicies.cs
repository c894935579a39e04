namespace Chronicle.Application.Time;

using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>A practice's time rules as stored, and who an import records entries as.</summary>
public static class TimePolicies
{
    public static async Task<TimePolicy> OfAsync(ChronicleDbContext db, PracticeId practiceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await db.PracticeTimePolicies.AsNoTracking().SingleOrDefaultAsync(p => p.PracticeId == practiceId, cancellationToken))?.Policy
            ?? TimePolicy.Default;
    }

    public static RecordedBy ImportedBy(Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new RecordedBy(actor.UserId, actor.Name, now);
    }
}
