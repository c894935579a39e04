namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// Records an outcome other than enrolling or opting out, with its date and reason: the patient
/// declined, is ineligible, is enrolled elsewhere, moved away, or died (which ends every enrollment);
/// or a candidate outcome is reopened. Every outcome is a new event in the enrollment's history.
/// </summary>
public sealed class CloseEnrollment(EnrollmentStore store)
{
    public async Task<Result<Guid>> ExecuteAsync(Guid patientId, Guid enrollmentId, EnrollmentOutcome outcome, DateOnly? date, string? reason, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadForChangeAsync(patientId, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        var id = new EnrollmentId(enrollmentId);
        var on = date ?? state.Today;
        var enrollments = state.Enrollments;
        if (outcome == EnrollmentOutcome.Deceased && enrollments.Find(id) is null)
        {
            return new BusinessError(EnrollmentCodes.NotFound, $"The patient has no enrollment {id}.");
        }

        var result = outcome switch
        {
            EnrollmentOutcome.Declined => enrollments.Decline(id, on, reason ?? string.Empty),
            EnrollmentOutcome.Ineligible => enrollments.MarkIneligible(id, on, reason ?? string.Empty),
            EnrollmentOutcome.EnrolledElsewhere => enrollments.MarkEnrolledElsewhere(id, on, reason ?? string.Empty),
            EnrollmentOutcome.Moved => enrollments.RecordMove(id, on, reason),
            EnrollmentOutcome.Deceased => enrollments.RecordDeath(on),
            EnrollmentOutcome.Reopened => enrollments.Reopen(id, on),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown enrollment outcome."),
        };
        if (result.Failure is { } refused)
        {
            return refused.ToError();
        }

        var what = FormattableString.Invariant($"enrollment {id}: {outcome.ToCode()} on {on:yyyy-MM-dd}");
        var error = await store.SaveAsync(state, [EnrollmentStore.Change(state, AuditActions.Update, what)], cancellationToken);
        return error is null ? enrollmentId : error;
    }
}

public enum EnrollmentOutcome
{
    Declined = 1,
    Ineligible = 2,
    EnrolledElsewhere = 3,
    Moved = 4,
    Deceased = 5,
    Reopened = 6,
}

public static class EnrollmentOutcomes
{
    public static IReadOnlyList<EnrollmentOutcome> All { get; } = Enum.GetValues<EnrollmentOutcome>();

    public static string ToCode(this EnrollmentOutcome outcome) => outcome switch
    {
        EnrollmentOutcome.Declined => "declined",
        EnrollmentOutcome.Ineligible => "ineligible",
        EnrollmentOutcome.EnrolledElsewhere => "enrolled-elsewhere",
        EnrollmentOutcome.Moved => "moved",
        EnrollmentOutcome.Deceased => "deceased",
        EnrollmentOutcome.Reopened => "reopened",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown enrollment outcome."),
    };

    public static EnrollmentOutcome? Parse(string? code) =>
        All.Cast<EnrollmentOutcome?>().FirstOrDefault(o => string.Equals(o!.Value.ToCode(), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
