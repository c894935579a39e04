namespace Chronicle.Application.Outreach;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.Outreach;

/// <summary>
/// Records one call to a patient about enrolling: its outcome, when it was made (now in the
/// practice's zone unless given), a call-back date when the patient asked for one, a short note,
/// and who recorded it. A decline takes the patient off the call list and is remembered.
/// </summary>
public sealed class RecordOutreachAttempt(OutreachStore store, AuditTrail audit)
{
    /// <summary>An outcome or time that cannot be read.</summary>
    public const string InvalidCode = "OUTREACH-INVALID";

    public async Task<Result<OutreachAttemptView>> ExecuteAsync(Guid patientId, AttemptRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (store.Refusal() is { } refused)
        {
            return refused;
        }

        var parsed = OutreachOutcomes.TryParse(request.Outcome);
        if (!parsed.IsValid)
        {
            return new BusinessError(InvalidCode, $"outcome: {parsed.Error}");
        }

        var loaded = await store.ScopeAsync(cancellationToken);
        if (loaded.Value is not { } scope)
        {
            return loaded.Error!;
        }

        var patients = await store.PatientsAsync(scope.Practice.Id, [patientId], cancellationToken);
        if (patients.Value is not [var patient])
        {
            return patients.Error!;
        }

        var zone = scope.Practice.TimeZone;
        var at = scope.Now;
        if (request.At is { } local)
        {
            var instant = zone.TryToInstant(local);
            if (!instant.IsValid)
            {
                return new BusinessError(InvalidCode, $"time: {instant.Error}");
            }

            at = instant.Value;
        }

        var recorded = OutreachAttempt.Record(scope.Practice.Id, patient.Id, new AttemptDetails(parsed.Value, at, request.CallBackOn, request.Note), zone, store.Recorder, scope.Now);
        if (recorded.Value is not { } attempt)
        {
            return new BusinessError(recorded.Failure!.Code, recorded.Failure.Message);
        }

        await using var transaction = await store.Db.Database.BeginTransactionAsync(cancellationToken);
        store.Db.OutreachAttempts.Add(attempt);
        await store.Db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Create,
            string.Create(CultureInfo.InvariantCulture, $"outreach attempt {attempt.Id}: {attempt.Outcome.ToCode()}"), attempt.PatientId, attempt.PracticeId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return OutreachAttemptView.Of(attempt, zone);
    }
}

/// <param name="Outcome">reached, no-answer, left-message, declined, call-back or letter-sent.</param>
/// <param name="At">When the call was made, in the practice's local time; now when null.</param>
public sealed record AttemptRequest(string? Outcome, DateTime? At = null, DateOnly? CallBackOn = null, string? Note = null);
