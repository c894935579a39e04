namespace Chronicle.Application.Security;

using Chronicle.Application.Audit;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Records a refused attempt on an existing patient's record: a request naming the patient that
/// was answered 403 or 404 (to the caller a record they may not see looks like none). A patient id
/// that does not exist is not recorded, so scanning random ids does not flood the trail; the
/// event carries the patient's id and practice so that an auditor finds it under that patient.
/// </summary>
public sealed class RecordRefusedAccess(ChronicleDbContext db, AuditTrail audit)
{
    /// <param name="request">The method and path without the query (paths name records by id only; a query may hold a search word).</param>
    public async Task ExecuteAsync(Guid patientId, int status, string request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = new PatientId(patientId);
        var practice = await db.Patients.AsNoTracking().Where(p => p.Id == id).Select(p => (PracticeId?)p.PracticeId).SingleOrDefaultAsync(cancellationToken);
        if (practice is null)
        {
            return;
        }

        var what = FormattableString.Invariant($"refused ({status}): {request}");
        await audit.RecordAsync([new AuditEntry(AuditActions.AccessRefused, what, id, practice)], cancellationToken);
    }
}
