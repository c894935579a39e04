namespace Chronicle.Application.Portal;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The open notices to the care team (an opt-out made in the portal), oldest first, for the
/// practice or one of its patients. The care team (care managers, billing practitioners,
/// administrators) sees them; others get an empty list. Showing notices is a read of patient
/// data and is recorded; an empty list shows nothing and records nothing.
/// </summary>
public sealed class ListCareTeamNotices(ChronicleDbContext db, PatientAccess access, AuditTrail audit)
{
    public bool IsCareTeam => access.Actor.Allows(Capability.HandleCareTeamNotices);

    public async Task<IReadOnlyList<CareTeamNoticeView>> ExecuteAsync(Guid? patientId, CancellationToken cancellationToken)
    {
        if (!IsCareTeam)
        {
            return [];
        }

        var practice = await access.PracticeAsync(null, cancellationToken);
        if (practice.Value is not { } found)
        {
            return [];
        }

        var practiceId = found.Id;
        var notices = db.CareTeamNotices.AsNoTracking().Where(n => n.PracticeId == practiceId && n.AcknowledgedAt == null);
        if (patientId is { } only)
        {
            var id = new PatientId(only);
            notices = notices.Where(n => n.PatientId == id);
        }

        var rows = (await notices
            .Join(access.VisiblePatients(), n => n.PatientId, p => p.Id, (n, p) => new { Notice = n, p.Mrn, p.FirstName, p.LastName })
            .ToListAsync(cancellationToken))
            .OrderBy(r => r.Notice.CreatedAt)
            .Select(r => new CareTeamNoticeView(r.Notice.Id, r.Notice.PatientId.Value, r.Mrn, $"{r.FirstName} {r.LastName}", r.Notice.Text, r.Notice.EffectiveOn, r.Notice.CreatedAt))
            .ToList();
        if (rows.Count > 0)
        {
            await audit.RecordAsync(AuditEntry.Read(
                string.Create(CultureInfo.InvariantCulture, $"care team notices: {rows.Count} shown"),
                patientId is { } one ? new PatientId(one) : null,
                practiceId), cancellationToken);
        }

        return rows;
    }
}

public sealed record CareTeamNoticeView(Guid Id, Guid PatientId, string Mrn, string PatientName, string Text, DateOnly EffectiveOn, DateTimeOffset CreatedAt);
