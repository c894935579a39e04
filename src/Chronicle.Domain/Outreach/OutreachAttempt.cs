namespace Chronicle.Domain.Outreach;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;

/// <summary>What a person says about one attempt to reach a patient.</summary>
/// <param name="At">When the call was made (or the letter printed), an instant.</param>
/// <param name="CallBackOn">The date the patient asked to be called back; only for <see cref="OutreachOutcome.CallBack"/>.</param>
public sealed record AttemptDetails(OutreachOutcome Outcome, DateTimeOffset At, DateOnly? CallBackOn, string? Note);

/// <summary>
/// One attempt to reach a patient about enrolling: a call and what came of it, or a letter sent.
/// Append-only. Outreach is not care management: its minutes are never care-management time
/// (docs/rules/ccm.md §4: care before consent is not billable), so an attempt carries no duration.
/// </summary>
public sealed class OutreachAttempt
{
    /// <summary>The longest note or reason kept: a short note, not a chart entry.</summary>
    public const int NoteLimit = 500;

    private OutreachAttempt()
    {
        RecordedById = string.Empty;
        RecordedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public OutreachOutcome Outcome { get; private set; }

    public DateTimeOffset At { get; private set; }

    public DateOnly? CallBackOn { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    /// <summary>Checks an attempt against the clock reading <paramref name="now"/> and the practice's zone; refused attempts change nothing.</summary>
    public static Outcome<OutreachAttempt> Record(
        PracticeId practiceId, PatientId patientId, AttemptDetails details, PracticeTimeZone zone, OutreachActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(actor);
        if (details.At > now)
        {
            return Outcome<OutreachAttempt>.Fail(OutreachCodes.Future,
                string.Create(CultureInfo.InvariantCulture, $"That time is in the future: it is {zone.ToLocal(now):HH:mm} on {zone.LocalDateOf(now):MMMM d} in the practice."));
        }

        var day = zone.LocalDateOf(details.At);
        if (details.Outcome == OutreachOutcome.CallBack && (details.CallBackOn is not { } on || on < day))
        {
            return Outcome<OutreachAttempt>.Fail(OutreachCodes.CallBackDate, "Give the date to call back, on or after the day of the call.");
        }

        if (details.Outcome != OutreachOutcome.CallBack && details.CallBackOn is not null)
        {
            return Outcome<OutreachAttempt>.Fail(OutreachCodes.CallBackDate, "A call-back date goes with the outcome \"Call back on a date\" only.");
        }

        var note = string.IsNullOrWhiteSpace(details.Note) ? null : details.Note.Trim();
        if (note?.Length > NoteLimit)
        {
            return Outcome<OutreachAttempt>.Fail(OutreachCodes.TextTooLong, $"The note has {note.Length} characters; keep it to {NoteLimit}.");
        }

        return Outcome<OutreachAttempt>.Ok(new OutreachAttempt
        {
            Id = Guid.CreateVersion7(),
            PracticeId = practiceId,
            PatientId = patientId,
            Outcome = details.Outcome,
            At = details.At.ToUniversalTime(),
            CallBackOn = details.CallBackOn,
            Note = note,
            RecordedAt = now.ToUniversalTime(),
            RecordedById = actor.Id,
            RecordedByName = actor.Name,
        });
    }
}
