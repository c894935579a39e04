namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// Moves an enrolled patient to another billing practitioner from the first day of a month: the
/// current enrollment ends the day before. The new practitioner needs a consent of their own; the
/// gate reports CONSENT-OTHER-PRACTITIONER until it is recorded.
/// </summary>
public sealed class TransferEnrollment(EnrollmentStore store)
{
    /// <returns>The id of the new enrollment.</returns>
    public async Task<Result<Guid>> ExecuteAsync(Guid patientId, Guid enrollmentId, Guid toPractitionerId, BillingMonth firstMonth, Guid? careManagerId, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadForChangeAsync(patientId, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        var practitioner = await store.PractitionerAsync(state.Practice, toPractitionerId, cancellationToken);
        if (!practitioner.Succeeded)
        {
            return practitioner.Error!;
        }

        var current = state.Enrollments.Find(new EnrollmentId(enrollmentId));
        var careManager = current?.CareManager;
        if (careManagerId is { } managerId)
        {
            var manager = await store.CareManagerAsync(state.Practice, managerId, cancellationToken);
            if (!manager.Succeeded)
            {
                return manager.Error!;
            }

            careManager = manager.Value;
        }

        var transferred = state.Enrollments.Transfer(new EnrollmentId(enrollmentId), practitioner.Value, firstMonth, careManager);
        if (transferred.Failure is { } refused)
        {
            return refused.ToError();
        }

        var next = transferred.Value!.Id;
        var error = await store.SaveAsync(state, 
            [EnrollmentStore.Change(state, AuditActions.Update, $"enrollment {enrollmentId}: transferred to enrollment {next} from {firstMonth}")],
            cancellationToken);
        return error is null ? next.Value : error;
    }
}
