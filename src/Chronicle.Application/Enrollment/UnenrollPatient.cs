namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// The patient opts out: the enrollment ends at the end of the month of the request, and (unless
/// told otherwise) the consent for that program and practitioner is revoked on the same date, so
/// the month of the request stays billable and the next is not (docs/rules/ccm.md §4 item 4).
/// </summary>
public sealed class UnenrollPatient(EnrollmentStore store)
{
    public async Task<Result<Guid>> ExecuteAsync(Guid patientId, Guid enrollmentId, DateOnly? requestedOn, string? reason, bool revokeConsent, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadForChangeAsync(patientId, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        var id = new EnrollmentId(enrollmentId);
        var on = requestedOn ?? state.Today;
        var unenrolled = state.Enrollments.Unenroll(id, on, reason);
        if (unenrolled.Failure is { } refused)
        {
            return refused.ToError();
        }

        var entries = new List<AuditEntry> { EnrollmentStore.Change(state, AuditActions.Update, FormattableString.Invariant($"enrollment {id}: unenrolled on {on:yyyy-MM-dd}")) };
        var enrollment = state.Enrollments.Find(id)!;
        if (revokeConsent)
        {
            // No consent on file to revoke is not a reason to keep the patient enrolled.
            var revoked = state.Consents.Revoke(enrollment.Program, enrollment.Practitioner, on);
            foreach (var record in revoked.Value ?? [])
            {
                entries.Add(EnrollmentStore.Change(state, AuditActions.Update, FormattableString.Invariant($"consent {record.OriginalId}: revoked on {on:yyyy-MM-dd}")));
            }
        }

        var error = await store.SaveAsync(state, entries, cancellationToken);
        return error is null ? enrollmentId : error;
    }
}
