namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// The patient withdraws consent for a program with a practitioner: it takes effect at the end of
/// the month of <paramref name="revokedOn"/>, so that month stays billable and the next is not.
/// </summary>
public sealed class RevokeConsent(EnrollmentStore store)
{
    /// <returns>The number of consent records revoked.</returns>
    public async Task<Result<int>> ExecuteAsync(Guid patientId, CareProgram program, Guid practitionerId, DateOnly? revokedOn, CancellationToken cancellationToken)
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

        var on = revokedOn ?? state.Today;
        var revoked = state.Consents.Revoke(program, practitioner.Value, on);
        if (revoked.Failure is { } refused)
        {
            return refused.ToError();
        }

        var entries = revoked.Value!
            .Select(r => EnrollmentStore.Change(state, AuditActions.Update, FormattableString.Invariant($"consent {r.OriginalId}: revoked on {on:yyyy-MM-dd}")))
            .ToList();
        var error = await store.SaveAsync(state, entries, cancellationToken);
        return error is null ? entries.Count : error;
    }
}
