namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.Enrollment;

/// <summary>Designates the care manager (the care-team member for continuity of care) of an enrolled patient from a date.</summary>
public sealed class AssignCareManager(EnrollmentStore store)
{
    public async Task<Result<Guid>> ExecuteAsync(Guid patientId, Guid enrollmentId, Guid careManagerId, DateOnly? date, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadForChangeAsync(patientId, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        var manager = await store.CareManagerAsync(state.Practice, careManagerId, cancellationToken);
        if (!manager.Succeeded)
        {
            return manager.Error!;
        }

        var id = new EnrollmentId(enrollmentId);
        var changed = state.Enrollments.ChangeCareManager(id, manager.Value, date ?? state.Today);
        if (changed.Failure is { } refused)
        {
            return refused.ToError();
        }

        var error = await store.SaveAsync(state, [EnrollmentStore.Change(state, AuditActions.Update, $"enrollment {id}: care manager {manager.Value}")], cancellationToken);
        return error is null ? enrollmentId : error;
    }
}
