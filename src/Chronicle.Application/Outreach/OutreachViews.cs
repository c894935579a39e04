namespace Chronicle.Application.Outreach;

using Chronicle.Domain.Common;
using Chronicle.Domain.Outreach;
using Chronicle.Domain.Practices;

/// <summary>One recorded call or letter as people read it: the time in the practice's zone.</summary>
/// <param name="Outcome">The outcome's code (reached, no-answer, …).</param>
public sealed record OutreachAttemptView(
    Guid Id, string Outcome, string OutcomeLabel, DateTime At, DateOnly? CallBackOn, string? Note, string RecordedBy)
{
    public static OutreachAttemptView Of(OutreachAttempt attempt, PracticeTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(zone);
        return new(attempt.Id, attempt.Outcome.ToCode(), attempt.Outcome.ToLabel(), zone.ToLocal(attempt.At), attempt.CallBackOn, attempt.Note, attempt.RecordedByName);
    }
}

/// <summary>Where a patient stands in outreach, for lists and the patient page.</summary>
/// <param name="CareManager">Who is to call, while the patient is on the call list.</param>
/// <param name="DueOn">When the next call is due, while on the list.</param>
/// <param name="CallBack">The due date is one the patient asked for.</param>
/// <param name="DeclinedOn">When the patient declined, if that keeps them off the list.</param>
/// <param name="Reached">The last call reached the patient: enrollment can start.</param>
public sealed record OutreachStatusView(
    string? CareManager, Guid? CareManagerId, DateOnly? DueOn, bool CallBack, DateOnly? DeclinedOn, bool Reached, OutreachAttemptView? Last)
{
    public bool OnList => CareManagerId is not null;

    public static OutreachStatusView Of(OutreachState state, OutreachScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Of(state, scope.Practice.TimeZone, scope.StaffNames);
    }

    public static OutreachStatusView Of(OutreachState state, PracticeTimeZone zone, IReadOnlyDictionary<StaffId, string> staffNames)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(staffNames);
        var manager = state.Listing?.CareManagerId;
        return new(
            manager is { } id ? staffNames.GetValueOrDefault(id) : null,
            manager?.Value,
            state.DueOn,
            state.Rank == 0 || (state.OnList && state.LastAttempt?.Outcome == OutreachOutcome.CallBack),
            state.DeclinedOn,
            state.OnList && state.LastAttempt?.Outcome == OutreachOutcome.Reached,
            state.LastAttempt is { } last ? OutreachAttemptView.Of(last, zone) : null);
    }
}

/// <summary>A file made for the person who asked: the letters PDF or the mailing CSV.</summary>
public sealed record OutreachFile(string FileName, string ContentType, byte[] Content, int Patients);
