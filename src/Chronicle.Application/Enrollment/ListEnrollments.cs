namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The practice's enrollments with their patients, optionally only one status, program or care
/// manager (as of a month: the enrolled patients a care manager is designated for in that month).
/// </summary>
public sealed class ListEnrollments(ChronicleDbContext db, PatientAccess access, AuditTrail audit)
{
    public async Task<Result<EnrollmentList>> ExecuteAsync(EnrollmentListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var practice = await access.PracticeAsync(query.PracticeNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var practiceId = found.Id;
        var aggregates = await db.PatientEnrollments.AsNoTracking().AsSplitQuery()
            .Where(p => p.PracticeId == practiceId)
            .ToListAsync(cancellationToken);
        var patients = await db.Patients.AsNoTracking()
            .Where(p => p.PracticeId == practiceId && db.PatientEnrollments.Any(e => e.PatientId == p.Id))
            .Select(p => new { p.Id, p.Mrn, p.FirstName, p.LastName })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var names = await GetEnrollmentStatus.StaffNamesAsync(db, practiceId, cancellationToken);
        var manager = query.CareManagerId is { } m ? new StaffId(m) : (StaffId?)null;
        var month = query.Month;

        var rows = aggregates
            .SelectMany(a => a.Enrollments)
            .Where(e => query.Status is null || e.Status == query.Status)
            .Where(e => query.Program is null || e.Program == query.Program)
            .Where(e => month is null || e.Covers(month.Value))
            .Where(e => manager is null || CareManagerIn(e, month) == manager)
            .Select(e => new EnrollmentListRow(
                e.PatientId.Value,
                patients[e.PatientId].Mrn,
                $"{patients[e.PatientId].LastName}, {patients[e.PatientId].FirstName}",
                e.ToView(names)))
            .OrderBy(r => r.PatientName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Enrollment.Program, StringComparer.Ordinal)
            .ToList();
        await audit.RecordAsync(AuditEntry.Read($"enrollment list: {rows.Count} enrollments", null, practiceId), cancellationToken);
        var counts = aggregates
            .SelectMany(a => a.Enrollments)
            .GroupBy(e => e.Status.ToCode())
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new EnrollmentList(found.Name, rows, counts);
    }

    // The care manager on the month's last enrolled day, or today's for an open query.
    private static StaffId? CareManagerIn(ProgramEnrollment enrollment, BillingMonth? month)
    {
        if (month is not { } m)
        {
            return enrollment.CareManager;
        }

        var last = enrollment.End is { } end && end < m.LastDay ? end : m.LastDay;
        return enrollment.CareManagerOn(last);
    }
}

/// <param name="Month">Only enrollments whose enrolled period includes a day of this month.</param>
/// <param name="CareManagerId">Only enrollments with this designated care manager (in <paramref name="Month"/> when given).</param>
public sealed record EnrollmentListQuery(
    EnrollmentStatus? Status = null,
    CareProgram? Program = null,
    BillingMonth? Month = null,
    Guid? CareManagerId = null,
    string? PracticeNpi = null);

/// <param name="CountsByStatus">All of the practice's enrollments by status code, whatever the filter.</param>
public sealed record EnrollmentList(string PracticeName, IReadOnlyList<EnrollmentListRow> Rows, IReadOnlyDictionary<string, int> CountsByStatus);

public sealed record EnrollmentListRow(Guid PatientId, string Mrn, string PatientName, EnrollmentView Enrollment);
