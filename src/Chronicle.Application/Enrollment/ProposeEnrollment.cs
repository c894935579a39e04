namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.Enrollment;

/// <summary>Makes a patient a candidate for CCM or PCM with a billing practitioner (usually from the eligibility worklist).</summary>
public sealed class ProposeEnrollment(EnrollmentStore store)
{
    public async Task<Result<Guid>> ExecuteAsync(Guid patientId, CareProgram program, Guid practitionerId, DateOnly? date, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadForChangeAsync(patientId, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        var practitioner = await store.PractitionerAsync(state.Practice, practitionerId, cancellationToken);
        if (!practitioner.Succeeded)
        {
            return practitioner.Error!;
        }

        var proposed = state.Enrollments.Propose(program, practitioner.Value, date ?? state.Today);
        if (proposed.Failure is { } refused)
        {
            return refused.ToError();
        }

        var id = proposed.Value!.Id;
        var error = await store.SaveAsync(state, [EnrollmentStore.Change(state, AuditActions.Create, $"enrollment {id}: proposed ({program.ToCode()})")], cancellationToken);
        return error is null ? id.Value : error;
    }
}
