namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// Enrolls a patient in a program from a start date: the candidate enrollment named by
/// <see cref="EnrollRequest.EnrollmentId"/>, or a new one for the program and practitioner, proposed
/// and enrolled in one step. Refused, with nothing written, when it would share a month with
/// another enrollment in the program (ENROLL-OVERLAP) or when another request enrolled the patient
/// at the same moment (ENROLL-CONCURRENT).
/// </summary>
public sealed class EnrollPatient(EnrollmentStore store)
{
    public async Task<Result<Guid>> ExecuteAsync(EnrollRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await store.LoadForChangeAsync(request.PatientId, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        StaffId? careManager = null;
        if (request.CareManagerId is { } managerId)
        {
            var manager = await store.CareManagerAsync(state.Practice, managerId, cancellationToken);
            if (!manager.Succeeded)
            {
                return manager.Error!;
            }

            careManager = manager.Value;
        }

        VisitId? visit = null;
        if (request.InitiatingVisitId is { } visitId)
        {
            var facts = await store.VisitsAsync(state.Patient.Id, cancellationToken);
            if (!facts.Any(v => v.Id.Value == visitId))
            {
                return new BusinessError(EnrollmentErrors.VisitInvalid, $"The patient has no coded visit with the id {visitId}.");
            }

            visit = new VisitId(visitId);
        }

        var start = request.Start ?? state.Today;
        var enrollmentId = request.EnrollmentId is { } existing ? new EnrollmentId(existing) : (EnrollmentId?)null;
        if (enrollmentId is null)
        {
            if (request.Program is not { } program || request.PractitionerId is not { } practitionerId)
            {
                return new BusinessError(EnrollmentErrors.InvalidInput, "Name the candidate enrollment, or the program and billing practitioner to enroll with.");
            }

            var practitioner = await store.PractitionerAsync(state.Practice, practitionerId, cancellationToken);
            if (!practitioner.Succeeded)
            {
                return practitioner.Error!;
            }

            var proposed = state.Enrollments.Propose(program, practitioner.Value, start);
            if (proposed.Failure is { } notProposed)
            {
                return notProposed.ToError();
            }

            enrollmentId = proposed.Value!.Id;
        }

        var enrolled = state.Enrollments.Enroll(enrollmentId.Value, start, careManager, visit);
        if (enrolled.Failure is { } refused)
        {
            return refused.ToError();
        }

        var what = FormattableString.Invariant($"enrollment {enrollmentId}: enrolled from {start:yyyy-MM-dd}");
        var error = await store.SaveAsync(state, [EnrollmentStore.Change(state, AuditActions.Update, what)], cancellationToken);
        return error is null ? enrollmentId.Value.Value : error;
    }
}

/// <param name="EnrollmentId">A candidate enrollment to enroll; when null, <paramref name="Program"/> and <paramref name="PractitionerId"/> name a new one.</param>
/// <param name="Start">The first day of the enrollment; today in the practice when null.</param>
/// <param name="CareManagerId">The designated care manager; may be assigned later, but the month is not billable until one is.</param>
/// <param name="InitiatingVisitId">The visit at which the practitioner discussed care management.</param>
public sealed record EnrollRequest(
    Guid PatientId,
    Guid? EnrollmentId = null,
    CareProgram? Program = null,
    Guid? PractitionerId = null,
    DateOnly? Start = null,
    Guid? CareManagerId = null,
    Guid? InitiatingVisitId = null);
