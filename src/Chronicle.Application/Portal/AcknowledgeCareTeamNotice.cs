namespace Chronicle.Application.Portal;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>A member of the care team marks a notice as read; it leaves the open list, and the record of who read it stays.</summary>
public sealed class AcknowledgeCareTeamNotice(ChronicleDbContext db, PatientAccess access, ListCareTeamNotices notices, AuditTrail audit, TimeProvider clock)
{
    public const string UnknownNoticeCode = "NOTICE-UNKNOWN";

    public async Task<Result<bool>> ExecuteAsync(Guid noticeId, CancellationToken cancellationToken)
    {
        if (!notices.IsCareTeam)
        {
            return new BusinessError(PatientAccess.NoAccessCode, "Only the care team acknowledges notices.");
        }

        var practice = await access.PracticeAsync(null, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var notice = await db.CareTeamNotices.SingleOrDefaultAsync(n => n.Id == noticeId && n.PracticeId == found.Id, cancellationToken);
        if (notice is null)
        {
            return new BusinessError(UnknownNoticeCode, $"There is no notice {noticeId}.");
        }

        if (!notice.Acknowledge(clock.GetUtcNow(), access.Actor.Name))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Update, $"care team notice {notice.Id}: acknowledged", notice.PatientId, found.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
